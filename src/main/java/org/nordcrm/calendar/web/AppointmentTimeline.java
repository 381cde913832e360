package org.nordcrm.calendar.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A record's appointments on its activity timeline, at their start: those its Meetings tab shows. */
@Component
class AppointmentTimeline implements TimelineSource {

	private final AppointmentManagement appointments;
	private final Names names;
	private final MessageSource messages;

	AppointmentTimeline(AppointmentManagement appointments, Names names, MessageSource messages) {
		this.appointments = appointments;
		this.names = names;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return AppointmentManagement.KIND;
	}

	@Override
	public List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit) {
		var record = appointments.findRecord(recordKind, recordId);
		if (record.isEmpty()) {
			return List.of();
		}
		var found = appointments.ofRecordBefore(record.get(), before, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		var locale = LocaleContextHolder.getLocale();
		var back = record.get().url() + "?tab=meetings";
		return names.views(found).stream().map(v -> {
			var a = v.appointment();
			var title = messages.getMessage("timeline.appointment", new Object[] { a.title(), v.when() }, locale);
			var text = a.place() == null ? a.description() : a.place() + (a.description() == null ? "" : " · " + a.description());
			return new TimelineEntry(kind(), a.start().toInstant(), "calendar-event", title, text,
					"/calendar/appointments/" + a.id() + "?back=" + back, v.owner());
		}).toList();
	}
}
