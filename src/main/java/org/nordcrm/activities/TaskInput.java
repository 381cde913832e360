package org.nordcrm.activities;

import org.jspecify.annotations.Nullable;

/**
 * A task as written in the form or sent to the API, every field as the caller wrote it, so that anything
 * unreadable is a field error rather than a refused request. {@code due} is a day ("2026-11-27": due that day,
 * no time), a local date and time ("2026-11-27T14:00", in the user's time zone) or an ISO instant with an offset;
 * empty is no due time. Ids are UUIDs; {@code priority} LOW, NORMAL or HIGH; {@code version} the one the writer
 * saw, for optimistic locking. On a change, a field left null keeps its value, except that the form sends all.
 */
public record TaskInput(@Nullable String title, @Nullable String description, @Nullable String due,
		@Nullable String priority, @Nullable String ownerId, @Nullable String statusId, @Nullable String companyId,
		@Nullable String personId, @Nullable Integer version) {

	public static TaskInput blank() {
		return new TaskInput(null, null, null, null, null, null, null, null, null);
	}
}
