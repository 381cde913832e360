/** The registers administrators keep for the customer register: categories, industries, roles, statuses, number series. */
@NullMarked
package org.nordcrm.settings;

import org.jspecify.annotations.NullMarked;
