package org.nordcrm.files;

import java.util.UUID;

/** A folder of a record's file area. */
public record Folder(FolderId id, String recordKind, UUID recordId, String name, int version) {

	public RecordRef record() {
		return new RecordRef(recordKind, recordId);
	}
}
