package org.nordcrm.exports;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One export as the log keeps it.
 *
 * @param actorName the e-mail address the user logged in with, as it was at the time of the export
 * @param channel ui (a page) or api
 * @param complete false when the download broke off; {@code rows} then counts the rows sent
 */
public record ExportEntry(UUID id, @Nullable UUID actorId, String actorName, String channel, String list, String criteria,
		String format, long rows, boolean complete, OffsetDateTime at) {

	public String listKey() {
		return "exports.list." + list;
	}
}
