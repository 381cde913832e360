/** Campaigns and their call lists: records grouped to be called one after another, each call's outcome kept as an activity. */
@NullMarked
package org.nordcrm.campaigns;

import org.jspecify.annotations.NullMarked;
