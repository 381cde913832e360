package org.nordcrm.imports;

/**
 * What the rows of a file become. LEAD_COMPANY and PRIVATE_LEAD: lead companies and private-person leads (module
 * leads), kept out of the customer register.
 */
public enum ImportTarget {
	COMPANY, PERSON, PRIVATE, LEAD_COMPANY, PRIVATE_LEAD;

	/** Whether the rows become companies (customers or leads). */
	public boolean companies() {
		return this == COMPANY || this == LEAD_COMPANY;
	}

	/** Whether the rows become leads. */
	public boolean leads() {
		return this == LEAD_COMPANY || this == PRIVATE_LEAD;
	}

	/** The history and search kind of the records written. */
	public String recordKind() {
		return companies() ? "company" : "person";
	}
}
