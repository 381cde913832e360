package org.nordcrm.contacts;

/** One row of a company's contacts: the person and their link to the company. */
public record ContactAtCompany(Person person, CompanyLink link) {
}
