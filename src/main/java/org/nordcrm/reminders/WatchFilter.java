package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * Which watches a list holds: on one record, of one owner, with a delivery in a status, watched in [from, to);
 * null is no limit.
 */
public record WatchFilter(@Nullable String recordKind, @Nullable UUID recordId, @Nullable UserId ownerId,
		Delivery.@Nullable Status status, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {

	public static WatchFilter owner(UserId owner) {
		return new WatchFilter(null, null, owner, null, null, null);
	}
}
