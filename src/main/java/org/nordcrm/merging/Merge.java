package org.nordcrm.merging;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A merge that was done: {@code other} was merged into {@code survivor}; undone when {@code undoneAt} is set. */
public record Merge(UUID id, String kind, UUID survivor, UUID other, @Nullable UUID mergedBy, OffsetDateTime mergedAt,
		@Nullable OffsetDateTime undoneAt, OffsetDateTime undoableUntil) {
}
