package org.nordcrm.imports;

/** What the rows of a file become. */
public enum ImportTarget {
	COMPANY, PERSON, PRIVATE;

	/** The history and search kind of the records written. */
	public String recordKind() {
		return this == COMPANY ? "company" : "person";
	}
}
