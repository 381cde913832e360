package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A watch's reminder by one channel: PENDING until sent (retried with backoff after a failure, the error kept),
 * SENT once, FAILED after the last attempt (until the user tries again). An in-app reminder is a notification
 * the owner reads.
 */
public record Delivery(UUID id, Channel channel, Status status, OffsetDateTime dueAt, OffsetDateTime nextAttemptAt,
		int attempts, @Nullable String lastError, @Nullable OffsetDateTime sentAt, @Nullable OffsetDateTime readAt) {

	public enum Status {
		PENDING, SENT, FAILED
	}

	public boolean failed() {
		return status == Status.FAILED;
	}
}
