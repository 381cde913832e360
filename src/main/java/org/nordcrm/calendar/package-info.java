/** Appointments on companies and persons, the shared booking calendar and each user's private iCalendar feed. */
@NullMarked
package org.nordcrm.calendar;

import org.jspecify.annotations.NullMarked;
