package org.nordcrm.calendar.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.nordcrm.calendar.CalendarItem;
import org.nordcrm.calendar.CalendarItems;
import org.nordcrm.security.UserId;
import org.springframework.stereotype.Component;

/** A user's appointments in their calendar feed: those they own or take part in. */
@Component
class AppointmentItems implements CalendarItems {

	private final Appointments appointments;

	AppointmentItems(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public List<CalendarItem> items(UserId user, Instant from, Instant to) {
		return appointments.inRange(List.of(user.value()), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), 5000).stream()
			.map(a -> new CalendarItem("appointment-" + a.id() + "@nordcrm", a.title(), a.description(), a.place(),
					a.start().toInstant(), a.end().toInstant(), a.allDay(), a.version(), a.updatedAt().toInstant()))
			.toList();
	}
}
