package org.nordcrm.settings;

/** Where a category can be chosen: on companies, on persons, or on both. */
public enum CategoryScope {
	COMPANY, PERSON, BOTH;

	public boolean appliesTo(CategoryScope target) {
		return this == BOTH || this == target;
	}
}
