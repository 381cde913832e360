package org.nordcrm.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment as written in the form or sent to the API. A timed one has {@code start} and {@code end}; an
 * all-day one {@code startDate} and {@code endDate} (inclusive; the start date when left out). {@code ownerId} is
 * the writer when left out; {@code version} is the one the writer saw, for optimistic locking.
 */
public record AppointmentInput(@Nullable String title, @Nullable String place, @Nullable String description,
		@Nullable Boolean allDay, @Nullable OffsetDateTime start, @Nullable OffsetDateTime end,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable UUID ownerId, @Nullable UUID companyId,
		@Nullable List<UUID> personIds, @Nullable List<UUID> participantUserIds,
		@Nullable List<UUID> participantPersonIds, @Nullable Integer version) {

	public boolean isAllDay() {
		return Boolean.TRUE.equals(allDay);
	}

	public static AppointmentInput of(Appointment a) {
		return new AppointmentInput(a.title(), a.place(), a.description(), a.allDay(), a.start(), a.end(),
				a.allDay() ? a.startDate() : null, a.allDay() ? a.endDate() : null, a.ownerId().value(), a.companyId(),
				a.personIds(), a.participantUserIds().stream().map(u -> u.value()).toList(), a.participantPersonIds(),
				a.version());
	}
}
