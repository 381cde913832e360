package org.nordcrm.companies;

import java.util.List;

/**
 * A batch of companies was created at once (an import): published in the creating transaction instead of one
 * {@link CompanyCreated} each, so listeners can add what they add for a new company in one statement for all.
 */
public record CompaniesCreated(List<CompanyId> ids) {

	public CompaniesCreated {
		ids = List.copyOf(ids);
	}
}
