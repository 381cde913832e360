package org.nordcrm.activities;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * A task was created, or its due time, status or owner changed, or it was deleted ({@code open} false, {@code due}
 * null): published in the changing transaction, so that a watch on the task's due time can move with it.
 */
public record TaskChanged(TaskId taskId, @Nullable Instant due, boolean open, UserId owner) {
}
