package org.nordcrm.leads;

/** What a lead is: a company, or a private person. */
public enum LeadKind {
	COMPANY("company"), PRIVATE("person");

	private final String recordKind;

	LeadKind(String recordKind) {
		this.recordKind = recordKind;
	}

	/** The kind of the record it is, as notes, tasks, files and history name it. */
	public String recordKind() {
		return recordKind;
	}

	/** Where its card opens. */
	public String path() {
		return this == COMPANY ? "/companies/" : "/contacts/";
	}

	public static LeadKind ofRecordKind(String kind) {
		return "person".equals(kind) ? PRIVATE : COMPANY;
	}
}
