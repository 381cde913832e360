package org.nordcrm.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.Appointment;
import org.nordcrm.calendar.AppointmentInput;
import org.nordcrm.shared.Checks;

/**
 * The appointment form: dates and times as the browser's date and time fields send them, read in the user's time
 * zone; {@code companyId} is a list because the record picker sends its chosen ids by that name.
 */
record AppointmentForm(@Nullable String title, @Nullable String place, @Nullable String description, @Nullable Boolean allDay,
		@Nullable String startDate, @Nullable String startTime, @Nullable String endDate, @Nullable String endTime,
		@Nullable UUID ownerId, @Nullable List<UUID> companyId, @Nullable List<UUID> personIds,
		@Nullable List<UUID> participantUserIds, @Nullable List<UUID> participantPersonIds, @Nullable Integer version,
		@Nullable String back) {

	static AppointmentForm of(Appointment a, ZoneId zone, @Nullable String back) {
		var start = a.start().atZoneSameInstant(zone);
		var end = a.end().atZoneSameInstant(zone);
		return new AppointmentForm(a.title(), a.place(), a.description(), a.allDay(),
				(a.allDay() ? a.startDate() : start.toLocalDate()).toString(), a.allDay() ? null : start.toLocalTime().toString(),
				(a.allDay() ? a.endDate() : end.toLocalDate()).toString(), a.allDay() ? null : end.toLocalTime().toString(),
				a.ownerId().value(), a.companyId() == null ? List.of() : List.of(a.companyId()), a.personIds(),
				a.participantUserIds().stream().map(u -> u.value()).toList(), a.participantPersonIds(), a.version(), back);
	}

	/** A new appointment's form: from the slot chosen in the calendar, or the next whole hour. */
	static AppointmentForm blank(@Nullable LocalDateTime start, @Nullable LocalDateTime end, boolean allDay, UUID owner,
			@Nullable UUID company, @Nullable UUID person, @Nullable String back) {
		var from = start == null ? LocalDateTime.now().plusHours(1).withMinute(0).withSecond(0).withNano(0) : start;
		var to = end == null || end.isBefore(from) ? from.plusHours(1) : end;
		if (allDay && to.toLocalDate().isAfter(from.toLocalDate())) {
			// the calendar's all-day selection ends on the next midnight; the form asks for the last day
			to = to.minusDays(1);
		}
		return new AppointmentForm(null, null, null, allDay, from.toLocalDate().toString(), allDay ? null : from.toLocalTime().toString(),
				to.toLocalDate().toString(), allDay ? null : to.toLocalTime().toString(), owner,
				company == null ? List.of() : List.of(company), person == null ? List.of() : List.of(person), List.of(), List.of(), null, back);
	}

	/** The input for the appointment rules; dates and times that cannot be read are errors of their fields. */
	AppointmentInput input(ZoneId zone, Checks checks) {
		var from = date(checks, "startDate", startDate);
		var to = endDate == null || endDate.isBlank() ? from : date(checks, "endDate", endDate);
		boolean whole = Boolean.TRUE.equals(allDay);
		java.time.OffsetDateTime start = null;
		java.time.OffsetDateTime end = null;
		if (!whole) {
			var t1 = time(checks, "startTime", startTime);
			var t2 = time(checks, "endTime", endTime);
			if (from != null && t1 != null) {
				start = from.atTime(t1).atZone(zone).toOffsetDateTime();
			}
			if (to != null && t2 != null) {
				end = to.atTime(t2).atZone(zone).toOffsetDateTime();
			}
		}
		var company = companyId == null || companyId.isEmpty() ? null : companyId.getFirst();
		return new AppointmentInput(title, place, description, whole, start, end, whole ? from : null, whole ? to : null, ownerId,
				company, personIds, participantUserIds, participantPersonIds, version);
	}

	/** The rules' errors on the form's fields: times are asked for as a date and a time. */
	static org.nordcrm.shared.InvalidInput onForm(org.nordcrm.shared.InvalidInput e) {
		return new org.nordcrm.shared.InvalidInput(e.errors().stream().map(err -> new org.nordcrm.shared.InvalidInput.FieldError(
				switch (err.field() == null ? "" : err.field()) {
					case "start" -> "startTime";
					case "end" -> "endTime";
					case "" -> null;
					default -> err.field();
				}, err.messageKey(), err.args())).toList());
	}

	private static @Nullable LocalDate date(Checks checks, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return checks.error(field, "validation.required");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return checks.error(field, "calendar.error.date");
		}
	}

	private static @Nullable LocalTime time(Checks checks, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return checks.error(field, "validation.required");
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return checks.error(field, "calendar.error.time");
		}
	}
}
