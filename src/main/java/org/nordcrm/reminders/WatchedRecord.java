package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record that can be watched, as the watch list shows it: its name and where it opens; {@code at} is the record's
 * own time when it has one (a task's due time): a new watch on it starts there, and follows it when it moves.
 */
public record WatchedRecord(String kind, UUID id, String name, String url, @Nullable OffsetDateTime at) {

	public WatchedRecord(String kind, UUID id, String name, String url) {
		this(kind, id, name, url, null);
	}
}
