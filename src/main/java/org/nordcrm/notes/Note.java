package org.nordcrm.notes;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.nordcrm.security.UserId;

/**
 * A note on a record, named by its kind ("company", "person") and id. A private note is seen by its author only;
 * only notes on a private customer may be private.
 */
public record Note(NoteId id, String recordKind, UUID recordId, String body, UserId authorId, boolean privateNote,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

	public boolean edited() {
		return updatedAt.isAfter(createdAt);
	}
}
