package org.nordcrm.companies.internal;

import java.util.List;
import java.util.StringJoiner;

import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/** Companies in the global search: by the word index, or by the filters alone in name order. */
@Component
class CompanySearch implements SearchProvider {

	/** With filters, more candidates are asked of the index, as some will not pass them. */
	private static final int FILTERED_CANDIDATES = 500;

	private final CompanyManagement companies;
	private final SearchIndex index;

	CompanySearch(CompanyManagement companies, SearchIndex index) {
		this.companies = companies;
		this.index = index;
	}

	@Override
	public List<String> kinds() {
		return List.of(CompanyManagement.KIND);
	}

	@Override
	public List<SearchHit> search(SearchQuery q, int limit) {
		if (!q.wants(CompanyManagement.KIND)) {
			return List.of();
		}
		var filter = new CompanyFilter(null, q.category() == null ? null : new CategoryId(q.category()),
				q.industry() == null ? null : new IndustryId(q.industry()), q.status() == null ? null : new CompanyStatusId(q.status()),
				q.owner() == null ? null : new UserId(q.owner()));
		if (q.text().isEmpty()) {
			if (!q.hasFilters() && q.kind() == null) {
				return List.of();
			}
			var found = companies.byName(filter, limit);
			return found.stream().map(c -> hit(c, found.indexOf(c))).toList();
		}
		var matches = index.find(q.text(), kinds(), filter.isEmpty() ? limit : FILTERED_CANDIDATES);
		var found = companies.findAll(matches.stream().map(SearchMatch::id).toList(), filter);
		var ranks = SearchMatch.ranks(matches);
		return found.stream().limit(limit).map(c -> hit(c, ranks.get(c.id().value()))).toList();
	}

	private static SearchHit hit(Company c, int rank) {
		var detail = new StringJoiner(" · ");
		detail.add(String.valueOf(c.customerNumber()));
		if (c.organisationNumber() != null) {
			detail.add(c.organisationNumberFormatted());
		}
		if (c.city() != null) {
			detail.add(c.city());
		}
		var title = c.nickname() == null ? c.name() : c.name() + " (" + c.nickname() + ")";
		return new SearchHit(CompanyManagement.KIND, c.id().value(), title, detail.toString(), "/companies/" + c.id(), rank);
	}
}
