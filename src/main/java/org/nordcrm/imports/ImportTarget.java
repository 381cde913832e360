package org.nordcrm.imports;

/** What the rows of a file become. LEAD_COMPANY: lead companies (module leads), kept out of the customer register. */
public enum ImportTarget {
	COMPANY, PERSON, PRIVATE, LEAD_COMPANY;

	/** Whether the rows become companies (customers or leads). */
	public boolean companies() {
		return this == COMPANY || this == LEAD_COMPANY;
	}

	/** The history and search kind of the records written. */
	public String recordKind() {
		return companies() ? "company" : "person";
	}
}
