package org.nordcrm.reminders.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.BeforeUnit;
import org.nordcrm.reminders.Channel;
import org.nordcrm.reminders.Watch;
import org.nordcrm.reminders.WatchInput;
import org.nordcrm.reminders.WatchedRecord;

/** The watch form: a date and an optional time (08:00 when empty) in the user's zone; the rest as in the API. */
public record WatchForm(@Nullable String recordKind, @Nullable UUID recordId, @Nullable String label, @Nullable String watchAt,
		@Nullable String time, @Nullable Integer beforeAmount, @Nullable String beforeUnit, @Nullable List<String> channels,
		@Nullable UUID ownerId, @Nullable Integer version) {

	static WatchForm empty(String kind, UUID record) {
		return new WatchForm(kind, record, null, null, null, 1, BeforeUnit.DAYS.name(), List.of(Channel.APP.name()), null, null);
	}

	/** A new watch on a record with a time of its own (a task's due time): at that time, named after the record. */
	static WatchForm on(WatchedRecord record, ZoneId zone) {
		if (record.at() == null) {
			return empty(record.kind(), record.id());
		}
		var at = record.at().atZoneSameInstant(zone);
		return new WatchForm(record.kind(), record.id(), record.name(), at.toLocalDate().toString(), at.toLocalTime().toString(),
				15, BeforeUnit.MINUTES.name(), List.of(Channel.APP.name()), null, null);
	}

	static WatchForm of(Watch w, ZoneId zone) {
		var at = w.watchAt().atZoneSameInstant(zone);
		return new WatchForm(w.recordKind(), w.recordId(), w.label(), at.toLocalDate().toString(), at.toLocalTime().toString(),
				w.beforeAmount(), w.beforeUnit().name(), w.channels().stream().map(Channel::name).toList(), w.ownerId().value(),
				w.version());
	}

	WatchInput input() {
		var when = watchAt == null || watchAt.isBlank() || time == null || time.isBlank() ? watchAt : watchAt.strip() + "T" + time.strip();
		return new WatchInput(recordKind, recordId, label, when, beforeAmount, beforeUnit, channels, ownerId, version);
	}

	public boolean has(String channel) {
		return channels != null && channels.contains(channel);
	}

}
