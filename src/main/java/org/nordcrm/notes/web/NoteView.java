package org.nordcrm.notes.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.notes.Note;
import org.nordcrm.notes.NoteManagement;
import org.nordcrm.notes.NoteTarget;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.User;

/**
 * One note as a card shows it.
 *
 * @param writtenOn the record the note was written on, when it is not the card's own (a company's note on a person)
 * @param cardId the record whose card shows it, passed on by the note's edit and delete buttons
 */
record NoteView(Note note, NoteText text, String author, Instant at, @Nullable Instant editedAt,
		@Nullable NoteTarget writtenOn, UUID cardId, boolean mayChange) {

	public UUID id() {
		return note.id().value();
	}

	/** The notes of a card: {@code shownOn} are the records they may be from, the card's own first. */
	static List<NoteView> of(Collection<Note> notes, List<NoteTarget> shownOn, List<User> users) {
		var names = users.stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		var targets = shownOn.stream().collect(Collectors.toMap(NoteTarget::id, Function.identity(), (a, b) -> a));
		var card = shownOn.getFirst();
		return notes.stream().map(n -> of(n, card.id(), n.recordId().equals(card.id()) ? null : targets.get(n.recordId()), names)).toList();
	}

	static NoteView of(Note n, UUID cardId, @Nullable NoteTarget writtenOn, Map<UUID, String> authors) {
		var user = CurrentUser.get();
		boolean may = user.isPresent() && NoteManagement.mayChange(n, user.get().id(), user.get().isAdmin());
		return new NoteView(n, NoteText.of(n.body()), authors.getOrDefault(n.authorId().value(), ""), n.createdAt().toInstant(),
				n.edited() ? n.updatedAt().toInstant() : null, writtenOn, cardId, may);
	}
}
