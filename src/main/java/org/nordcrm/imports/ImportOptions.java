package org.nordcrm.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a file is read into records: {@code mapping} gives each column's field (by position; null or blank: not
 * imported), what a duplicate does, whether unmapped columns go into a note on the record, whether categories and
 * industries named in the file are created when missing, and a name to save the mapping under for the next file.
 */
public record ImportOptions(List<@Nullable String> mapping, @Nullable DuplicatePolicy duplicates, @Nullable Boolean keepUnknownInNote,
		@Nullable Boolean createMissing, @Nullable String saveMappingAs) {

	@SuppressWarnings("NullAway")
	public ImportOptions {
		mapping = mapping == null ? List.of() : mapping;
	}

	public DuplicatePolicy policy() {
		return duplicates == null ? DuplicatePolicy.SKIP : duplicates;
	}

	public boolean noteUnknown() {
		return Boolean.TRUE.equals(keepUnknownInNote);
	}

	public boolean create() {
		return Boolean.TRUE.equals(createMissing);
	}
}
