package org.nordcrm.calendar.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.nordcrm.calendar.Appointment;
import org.nordcrm.shared.Formats;

/** One appointment as a list shows it: when in the user's words and zone, who owns it, whom it is with. */
record AppointmentView(Appointment appointment, String when, String owner, List<String> with) {

	public String id() {
		return appointment.id().toString();
	}

	static AppointmentView of(Appointment a, ZoneId zone, Formats fmt, Map<UUID, String> names) {
		String when;
		if (a.allDay()) {
			when = a.startDate().equals(a.endDate()) ? fmt.date(a.startDate()) : fmt.date(a.startDate()) + " – " + fmt.date(a.endDate());
		}
		else {
			var start = a.start().toInstant();
			var end = a.end().toInstant();
			var sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
			when = fmt.dateTime(start) + " – " + (sameDay ? end.atZone(zone).toLocalTime().toString() : fmt.dateTime(end));
		}
		var with = new java.util.ArrayList<String>();
		if (a.companyId() != null) {
			with.add(names.getOrDefault(a.companyId(), ""));
		}
		a.personIds().forEach(p -> with.add(names.getOrDefault(p, "")));
		a.participantPersonIds().stream().filter(p -> !a.personIds().contains(p)).forEach(p -> with.add(names.getOrDefault(p, "")));
		a.participantUserIds().stream().filter(u -> !u.equals(a.ownerId())).forEach(u -> with.add(names.getOrDefault(u.value(), "")));
		return new AppointmentView(a, when, names.getOrDefault(a.ownerId().value(), ""), with.stream().filter(s -> !s.isEmpty()).toList());
	}
}
