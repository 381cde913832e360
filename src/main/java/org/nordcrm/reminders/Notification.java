package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An in-app reminder that has come: the watch it is of, and whether its owner has read it. */
public record Notification(UUID id, WatchId watchId, String label, OffsetDateTime watchAt, String recordKind, UUID recordId,
		OffsetDateTime sentAt, @Nullable OffsetDateTime readAt) {
}
