package org.nordcrm.history.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A record's changes on its activity timeline, worded as on its History tab. */
@Component
class HistoryTimeline implements TimelineSource {

	private final HistoryLog history;
	private final HistoryView view;
	private final MessageSource messages;

	HistoryTimeline(HistoryLog history, HistoryView view, MessageSource messages) {
		this.history = history;
		this.view = view;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "change";
	}

	@Override
	public List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit) {
		var card = HistoryView.URLS.get(recordKind);
		if (card == null) {
			return List.of();
		}
		var entries = history.forRecord(recordId, null, before == null ? null : before.atOffset(ZoneOffset.UTC), limit);
		var locale = LocaleContextHolder.getLocale();
		return view.lines(entries).stream().map(l -> {
			var action = messages.getMessage(l.actionKey(), null, locale);
			var changes = l.changes().stream().map(c -> c.field() + ": " + c.before() + " → " + c.after())
				.collect(Collectors.joining("; "));
			return new TimelineEntry(kind(), l.at(), "clock-history", l.related() == null ? action : action + " " + l.related(),
					changes.isEmpty() ? null : changes, card + recordId + "?tab=history", l.who());
		}).toList();
	}
}
