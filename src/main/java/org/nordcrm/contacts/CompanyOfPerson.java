package org.nordcrm.contacts;

import org.nordcrm.companies.Company;

/** One row of a person's companies: the company and the person's link to it. */
public record CompanyOfPerson(Company company, CompanyLink link) {
}
