package org.nordcrm.registry;

import java.util.List;

import org.nordcrm.companies.Company;
import org.nordcrm.shared.InvalidInput;

/** The organisation number is already a company in the CRM: open that one instead of making a second. */
public class AlreadyInCrm extends InvalidInput {

	private final Company company;

	public AlreadyInCrm(Company company) {
		super(List.of(company.lead() ? new FieldError(null, "registry.error.existsLead", company.name())
				: new FieldError(null, "registry.error.exists", company.name(), company.customerNumber())));
		this.company = company;
	}

	public Company company() {
		return company;
	}
}
