package org.nordcrm.activities;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * Which tasks a list holds; null is no limit. {@code recordId} is a company or a person the task is linked to;
 * {@code statuses} empty is any status; {@code open} true only open tasks, false only closed ones; due in
 * [dueFrom, dueTo); {@code overdue} only open tasks past their due time.
 */
public record TaskFilter(@Nullable UUID recordId, @Nullable UserId ownerId, Set<TaskStatusId> statuses,
		@Nullable Boolean open, @Nullable Instant dueFrom, @Nullable Instant dueTo, boolean overdue) {

	public TaskFilter {
		statuses = Set.copyOf(statuses);
	}

	public static TaskFilter onRecord(UUID record, Set<TaskStatusId> statuses) {
		return new TaskFilter(record, null, statuses, null, null, null, false);
	}
}
