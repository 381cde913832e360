package org.nordcrm.activities.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.activities.internal.TaskLinks;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Formats;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A record's tasks on its activity timeline, at their due time (else when they were made): the same ones its Tasks tab shows. */
@Component
class TaskTimeline implements TimelineSource {

	private static final int EXCERPT = 300;

	private final TaskManagement tasks;
	private final TaskLinks links;
	private final UserManagement users;
	private final MessageSource messages;
	private final Formats formats;

	TaskTimeline(TaskManagement tasks, TaskLinks links, UserManagement users, MessageSource messages, Formats formats) {
		this.tasks = tasks;
		this.links = links;
		this.users = users;
		this.messages = messages;
		this.formats = formats;
	}

	@Override
	public String kind() {
		return TaskManagement.KIND;
	}

	@Override
	public boolean knows(String recordKind, UUID recordId) {
		return links.find(recordKind, recordId).isPresent();
	}

	@Override
	public List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit) {
		var record = links.find(recordKind, recordId);
		if (record.isEmpty()) {
			return List.of();
		}
		var found = tasks.timeline(recordId, before, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		var names = users.list().stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		var locale = LocaleContextHolder.getLocale();
		var now = Instant.now();
		return found.stream().map(t -> {
			var key = t.overdue(now) ? "timeline.taskOverdue" : "timeline.task";
			var due = t.due() == null ? "" : t.allDay() ? formats.date(t.due()) : formats.dateTime(t.due());
			var title = messages.getMessage(key, new Object[] { t.title(), t.statusName(), due }, locale);
			var text = t.description() == null ? null
					: t.description().length() > EXCERPT ? t.description().substring(0, EXCERPT) + "…" : t.description();
			return new TimelineEntry(kind(), t.due() == null ? t.createdAt() : t.due(), t.open() ? "square" : "check2-square", title,
					text, "/tasks/" + t.id() + "/edit?back=" + record.get().url() + "%3Ftab%3Dactivity", names.getOrDefault(t.ownerId().value(), ""));
		}).toList();
	}
}
