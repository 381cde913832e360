/** The change log of every record: written by database triggers, read here for the History tabs and views. */
@NullMarked
package org.nordcrm.history;

import org.jspecify.annotations.NullMarked;
