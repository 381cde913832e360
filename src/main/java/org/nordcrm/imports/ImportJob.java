package org.nordcrm.imports;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import as its pages and the API show it: the file, how it is read, its options, where it stands and its
 * counters. {@code rowsPerSecond} is measured over the run so far.
 */
public record ImportJob(ImportId id, ImportTarget target, String fileName, long fileSize, String format,
		@Nullable String encoding, @Nullable String delimiter, List<String> columns, ImportOptions options, ImportState state,
		boolean cancelRequested, int totalRows, int rowsDone, int created, int updated, int skipped, int failed,
		@Nullable String error, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime startedAt,
		@Nullable OffsetDateTime finishedAt, @Nullable OffsetDateTime undoneAt, @Nullable Integer undoKept) {

	public int percent() {
		return totalRows == 0 ? (state == ImportState.DONE ? 100 : 0) : (int) Math.min(100, rowsDone * 100L / totalRows);
	}

	public long rowsPerSecond() {
		if (startedAt == null || rowsDone == 0) {
			return 0;
		}
		var end = finishedAt != null ? finishedAt : OffsetDateTime.now();
		long ms = Math.max(1, java.time.Duration.between(startedAt, end).toMillis());
		return rowsDone * 1000L / ms;
	}

	public boolean running() {
		return state == ImportState.RUNNING;
	}
}
