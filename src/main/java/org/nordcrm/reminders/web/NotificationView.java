package org.nordcrm.reminders.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.Notification;
import org.nordcrm.reminders.WatchedRecord;

/** A notification with its record, null when that is deleted. */
public record NotificationView(Notification notification, @Nullable WatchedRecord record) {
}
