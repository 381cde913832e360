package org.nordcrm.leads.internal;

import java.util.List;
import java.util.StringJoiner;

import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * Lead companies, private-person leads and the contact persons of lead companies, for the pickers and searches that
 * ask for them by kind. A search that names no kind (the customer search) gets none of them: leads are no customers.
 */
@Component
class LeadSearch implements SearchProvider {

	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final SearchIndex index;

	LeadSearch(CompanyManagement companies, ContactManagement contacts, SearchIndex index) {
		this.companies = companies;
		this.contacts = contacts;
		this.index = index;
	}

	@Override
	public List<String> kinds() {
		return List.of(Company.LEAD_KIND, Person.LEAD_KIND, Person.LEAD_CONTACT_KIND);
	}

	@Override
	public List<SearchHit> search(SearchQuery q, int limit) {
		if (q.kind() == null || !kinds().contains(q.kind()) || q.text().isEmpty() || q.hasFilters()) {
			return List.of();
		}
		var matches = index.find(q.text(), List.of(q.kind()), limit);
		var ids = matches.stream().map(SearchMatch::id).toList();
		var ranks = SearchMatch.ranks(matches);
		if (q.kind().equals(Company.LEAD_KIND)) {
			return companies.findAll(ids, CompanyFilter.NONE).stream()
				.map(c -> hit(q.kind(), c, ranks.get(c.id().value()))).toList();
		}
		return contacts.findAll(ids, PersonFilter.NONE).stream()
			.map(p -> new SearchHit(q.kind(), p.id().value(), p.name(), p.address().city(), "/contacts/" + p.id(),
					ranks.get(p.id().value())))
			.toList();
	}

	private static SearchHit hit(String kind, Company c, int rank) {
		var detail = new StringJoiner(" · ");
		if (c.organisationNumber() != null) {
			detail.add(c.organisationNumberFormatted());
		}
		if (c.city() != null) {
			detail.add(c.city());
		}
		return new SearchHit(kind, c.id().value(), c.name(), detail.toString(), "/companies/" + c.id(), rank);
	}
}
