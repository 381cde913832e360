/** Watches on a date of any record and the reminders they send before it, in the app, by e-mail and by SMS. */
@NullMarked
package org.nordcrm.reminders;

import org.jspecify.annotations.NullMarked;
