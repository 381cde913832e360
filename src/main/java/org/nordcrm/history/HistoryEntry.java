package org.nordcrm.history;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One change to one record.
 *
 * @param action CREATED, CHANGED, DELETED, RESTORED, PURGED, LINKED or UNLINKED
 * @param changes per column: its value before and after ({@code [old, new]}), JSON as stored
 * @param related what a LINKED or UNLINKED row links the record to (a company, a category...), if anything
 * @param channel ui, api, import, job or system
 * @param importId the import that made the change, if one did
 */
public record HistoryEntry(long id, String recordKind, UUID recordId, String action, Map<String, JsonNode[]> changes,
		@Nullable String relatedKind, @Nullable UUID relatedId, @Nullable UUID actorId, String channel, OffsetDateTime at,
		@Nullable UUID importId) {
}
