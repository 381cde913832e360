package org.nordcrm.activities.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.nordcrm.shared.Formats;
import org.nordcrm.activities.Task;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.calendar.CalendarItem;
import org.nordcrm.calendar.CalendarItems;
import org.nordcrm.security.User;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A user's open tasks with a due time go into their calendar feed: a task due on a day as an all-day item on that
 * day (in the owner's time zone), a task due at a time as a quarter of an hour from it, named in the owner's language.
 */
@Component
class TaskCalendarItems implements CalendarItems {

	private static final Duration TIMED = Duration.ofMinutes(15);

	private final TaskManagement tasks;
	private final UserManagement users;
	private final MessageSource messages;

	TaskCalendarItems(TaskManagement tasks, UserManagement users, MessageSource messages) {
		this.tasks = tasks;
		this.users = users;
		this.messages = messages;
	}

	@Override
	public List<CalendarItem> items(UserId user, Instant from, Instant to) {
		var owner = users.find(user);
		if (owner.isEmpty()) {
			return List.of();
		}
		var locale = owner.get().locale() == null ? Locale.forLanguageTag("nb") : Locale.forLanguageTag(owner.get().locale());
		// an all-day task is due from the start of its day, which may lie just before the range asked for
		return tasks.dueFor(user, from.minus(Duration.ofDays(1)), to).stream()
			.map(t -> item(t, owner.get(), locale))
			.filter(i -> i.end().isAfter(from) && i.start().isBefore(to))
			.toList();
	}

	private CalendarItem item(Task t, User owner, Locale locale) {
		var title = messages.getMessage("tasks.ics", new Object[] { t.title() }, locale);
		var due = t.due();
		Instant start;
		Instant end;
		if (t.allDay()) {
			var day = due.atZone(zone(owner)).toLocalDate();
			start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
			end = start.plus(1, ChronoUnit.DAYS);
		}
		else {
			start = due;
			end = due.plus(TIMED);
		}
		return new CalendarItem("task-" + t.id().value() + "@nordcrm", title, t.description(), null, start, end, t.allDay(),
				t.version(), t.updatedAt());
	}

	private static ZoneId zone(User owner) {
		return Formats.zone(owner.timeZone());
	}
}
