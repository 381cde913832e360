package org.nordcrm.shell;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a module has to show on a record's activity timeline (its notes, tasks, appointments, changes). The card's
 * Activity tab asks every source and shows their entries together, newest first; the record's own module knows
 * nothing of them.
 */
public interface TimelineSource {

	/** The kind of entry this source gives ("note"); the timeline's filter names it by message {@code timeline.kind.<kind>}. */
	String kind();

	/**
	 * The record's entries newest first, only those strictly older than {@code before} when it is given, at most
	 * {@code limit}; texts in the current user's language. Entries the user may not see are left out.
	 */
	List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit);

	/**
	 * Whether the record exists and the user may see it, as far as this source can tell. The Activity tab is "not
	 * found" when no source knows the record (another tenant's, deleted, or no record at all).
	 */
	default boolean knows(String recordKind, UUID recordId) {
		return false;
	}
}
