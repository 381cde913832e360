package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.nordcrm.security.UserId;

/**
 * A watched date on a record (kind and id): its label, when it is, and when and how its owner is reminded
 * ({@code remindAt} = {@code watchAt} minus the amount of the unit), with each channel's delivery.
 */
public record Watch(WatchId id, UserId ownerId, String recordKind, UUID recordId, String label, OffsetDateTime watchAt,
		int beforeAmount, BeforeUnit beforeUnit, OffsetDateTime remindAt, Set<Channel> channels, List<Delivery> deliveries,
		OffsetDateTime createdAt, int version) {

	public boolean anyFailed() {
		return deliveries.stream().anyMatch(Delivery::failed);
	}
}
