package org.nordcrm.notes;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A note as written in the form or sent to the API. The record (kind and id) is read when a note is written and
 * ignored when it is changed; {@code version} is the one the writer saw, for optimistic locking.
 */
public record NoteInput(@Nullable String recordKind, @Nullable UUID recordId, @Nullable String body,
		@Nullable Boolean privateNote, @Nullable Integer version) {

	public static NoteInput of(Note n) {
		return new NoteInput(n.recordKind(), n.recordId(), n.body(), n.privateNote(), n.version());
	}

	public boolean isPrivate() {
		return Boolean.TRUE.equals(privateNote);
	}
}
