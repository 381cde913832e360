package org.nordcrm.activities;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.nordcrm.security.UserId;

/**
 * Something a user has to do, by a due time or on a due day ({@code allDay}: {@code due} is then the start of
 * that day in the writer's time zone), linked to a company and/or a person.
 *
 * @param open whether its status leaves it open (not done, not cancelled)
 */
public record Task(TaskId id, String title, @Nullable String description, @Nullable Instant due, boolean allDay,
		TaskPriority priority, UserId ownerId, TaskStatusId statusId, String statusName, boolean open,
		@Nullable UUID companyId, @Nullable UUID personId, @Nullable Instant completedAt, Instant createdAt,
		Instant updatedAt, int version) {

	/** When the task stops being on time: its due time, or the end of its due day. */
	public @Nullable Instant dueEnd() {
		return due == null ? null : allDay ? due.plus(Duration.ofDays(1)) : due;
	}

	public boolean overdue(Instant now) {
		var end = dueEnd();
		return open && end != null && end.isBefore(now);
	}

	@JsonProperty("overdue")
	public boolean overdue() {
		return overdue(Instant.now());
	}
}
