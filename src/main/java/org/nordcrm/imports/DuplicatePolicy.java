package org.nordcrm.imports;

/** What a row that matches an existing record (or an earlier row) does. */
public enum DuplicatePolicy {
	/** Leaves the existing record as it is; the row is counted as skipped. */
	SKIP,
	/** Writes the row's non-empty values into the existing record. */
	UPDATE,
	/** Creates a new record anyway. */
	CREATE
}
