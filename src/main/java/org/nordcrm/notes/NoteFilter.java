package org.nordcrm.notes;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/** Which notes a list holds: on one record, by one author, written in [from, to); null is no limit. */
public record NoteFilter(@Nullable UUID recordId, @Nullable UserId authorId, @Nullable OffsetDateTime from,
		@Nullable OffsetDateTime to) {
}
