package org.nordcrm.notes.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.notes.NoteId;
import org.nordcrm.notes.NoteManagement;
import org.nordcrm.notes.NoteTarget;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Ids;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A record's notes on its activity timeline: the same notes its Notes tab shows, a company's ones on its persons too. */
@Component
class NoteTimeline implements TimelineSource {

	private static final int EXCERPT = 300;

	private final NoteManagement notes;
	private final UserManagement users;
	private final MessageSource messages;

	NoteTimeline(NoteManagement notes, UserManagement users, MessageSource messages) {
		this.notes = notes;
		this.users = users;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return NoteManagement.KIND;
	}

	@Override
	public boolean knows(String recordKind, UUID recordId) {
		return notes.findTarget(recordKind, recordId).isPresent();
	}

	@Override
	public List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit) {
		var card = notes.findTarget(recordKind, recordId);
		if (card.isEmpty()) {
			return List.of();
		}
		var shownOn = notes.shownOn(card.get());
		var found = notes.onCard(shownOn, before == null ? null : new NoteId(Ids.firstAt(before)), limit);
		if (found.isEmpty()) {
			return List.of();
		}
		var names = users.list().stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		var locale = LocaleContextHolder.getLocale();
		return found.stream().map(n -> {
			var author = names.getOrDefault(n.authorId().value(), "");
			var on = shownOn.stream().filter(t -> t.id().equals(n.recordId()) && !t.id().equals(recordId)).findFirst();
			var title = on.map(t -> messages.getMessage("timeline.noteOn", new Object[] { author, t.name() }, locale))
				.orElseGet(() -> messages.getMessage("timeline.note", new Object[] { author }, locale));
			var body = n.body().strip();
			return new TimelineEntry(kind(), n.createdAt().toInstant(), "journal-text", title,
					body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body,
					on.map(NoteTarget::url).orElse(card.get().url()) + "?tab=notes", author);
		}).toList();
	}
}
