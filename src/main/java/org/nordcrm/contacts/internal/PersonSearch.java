package org.nordcrm.contacts.internal;

import java.util.List;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.PhoneNumbers;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/** Contact persons and private customers in the global search. Company-only filters (industry, status) leave them out. */
@Component
class PersonSearch implements SearchProvider {

	static final String CONTACT = "person";
	static final String PRIVATE = "private";
	private static final int FILTERED_CANDIDATES = 500;

	private final ContactManagement contacts;
	private final SearchIndex index;

	PersonSearch(ContactManagement contacts, SearchIndex index) {
		this.contacts = contacts;
		this.index = index;
	}

	@Override
	public List<String> kinds() {
		return List.of(CONTACT, PRIVATE);
	}

	@Override
	public List<SearchHit> search(SearchQuery q, int limit) {
		if (!q.wants(CONTACT) && !q.wants(PRIVATE) || q.industry() != null || q.status() != null) {
			return List.of();
		}
		var filter = new PersonFilter(q.kind() == null ? null : PRIVATE.equals(q.kind()),
				q.category() == null ? null : new CategoryId(q.category()), q.owner() == null ? null : new UserId(q.owner()));
		if (q.text().isEmpty()) {
			if (!q.hasFilters() && q.kind() == null) {
				return List.of();
			}
			var found = contacts.byName(filter, limit);
			var workplaces = contacts.workplaces(found);
			return found.stream().map(p -> hit(p, workplaces.get(p.id()), found.indexOf(p))).toList();
		}
		boolean filtered = !filter.equals(PersonFilter.NONE);
		var matches = index.find(q.text(), List.of(ContactManagement.KIND), filtered ? FILTERED_CANDIDATES : limit);
		var found = contacts.findAll(matches.stream().map(SearchMatch::id).toList(), filter);
		var shown = found.size() > limit ? found.subList(0, limit) : found;
		var ranks = SearchMatch.ranks(matches);
		var workplaces = contacts.workplaces(shown);
		return shown.stream().map(p -> hit(p, workplaces.get(p.id()), ranks.get(p.id().value()))).toList();
	}

	/** The second line tells namesakes apart: where they work, their number, title, mobile, e-mail, town. */
	private static SearchHit hit(Person p, @Nullable String workplace, int rank) {
		var detail = new StringJoiner(" · ");
		if (workplace != null) {
			detail.add(workplace);
		}
		if (p.customerNumber() != null) {
			detail.add(String.valueOf(p.customerNumber()));
		}
		if (p.title() != null) {
			detail.add(p.title());
		}
		if (!p.mobiles().isEmpty()) {
			detail.add(PhoneNumbers.display(p.mobiles().getFirst(), "NO"));
		}
		if (!p.emails().isEmpty()) {
			detail.add(p.emails().getFirst());
		}
		if (p.address().city() != null) {
			detail.add(p.address().city());
		}
		return new SearchHit(p.isPrivateCustomer() ? PRIVATE : CONTACT, p.id().value(), p.name(), detail.toString(),
				"/contacts/" + p.id(), rank);
	}
}
