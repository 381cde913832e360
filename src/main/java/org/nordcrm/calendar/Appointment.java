package org.nordcrm.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * An appointment. {@code start} and {@code end} are instants; for an all-day appointment they are UTC midnights and
 * {@code end} is exclusive ({@link #startDate()}, {@link #endDate()} give the dates as people say them).
 *
 * @param personIds the persons it is about (linked records)
 * @param participantUserIds the users taking part
 * @param participantPersonIds the contact persons taking part
 */
public record Appointment(AppointmentId id, String title, @Nullable String place, @Nullable String description,
		boolean allDay, OffsetDateTime start, OffsetDateTime end, UserId ownerId, @Nullable UUID companyId,
		List<UUID> personIds, List<UserId> participantUserIds, List<UUID> participantPersonIds,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

	public LocalDate startDate() {
		return start.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
	}

	/** The last day of an all-day appointment (inclusive). */
	public LocalDate endDate() {
		var end = this.end.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		return end.isAfter(startDate()) ? end.minusDays(1) : end;
	}

	public java.time.Duration duration() {
		return java.time.Duration.between(start, end);
	}

	/** Whether the record is linked to it or takes part. */
	public boolean concerns(UUID record) {
		return record.equals(companyId) || personIds.contains(record) || participantPersonIds.contains(record);
	}
}
