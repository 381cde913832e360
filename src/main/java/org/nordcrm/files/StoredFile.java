package org.nordcrm.files;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file in a record's file area. {@code contentType} was sniffed from the bytes, never taken from the upload;
 * {@code sha256} is the hex checksum of the stored contents. {@code sourceKind}/{@code sourceId} name what it was
 * attached from (a note, an appointment) when not uploaded to the file area itself.
 */
public record StoredFile(FileId id, String recordKind, UUID recordId, @Nullable FolderId folderId, String name,
		String contentType, long size, String sha256, @Nullable String sourceKind, @Nullable UUID sourceId,
		@Nullable UUID createdBy, OffsetDateTime createdAt, @Nullable OffsetDateTime deletedAt, int version) {

	/** Types a browser shows by itself without running anything: only these are served inline. */
	public static final Set<String> PREVIEWABLE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

	public boolean previewable() {
		return PREVIEWABLE.contains(contentType);
	}

	public boolean image() {
		return previewable() && contentType.startsWith("image/");
	}

	public RecordRef record() {
		return new RecordRef(recordKind, recordId);
	}
}
