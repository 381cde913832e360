package org.nordcrm.companies;

/** What a company is to us; a company can be several at once. */
public enum Relation {
	CUSTOMER, SUPPLIER, PARTNER, OTHER
}
