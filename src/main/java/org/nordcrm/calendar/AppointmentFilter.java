package org.nordcrm.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which appointments a list holds: linked to or attended by a record (company or person), owned by a user, with a
 * participant (user or person), overlapping [from, to); null is no limit.
 */
public record AppointmentFilter(@Nullable UUID recordId, @Nullable UUID ownerId, @Nullable UUID participantId,
		@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
}
