/** The settings pages for administrators and the registers' REST API. */
@NullMarked
package org.nordcrm.settings.web;

import org.jspecify.annotations.NullMarked;
