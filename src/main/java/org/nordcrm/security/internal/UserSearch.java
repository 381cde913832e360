package org.nordcrm.security.internal;

import java.util.List;

import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/** Colleagues in the global search, after customers; administrators can open them in user administration. */
@Component
class UserSearch implements SearchProvider {

	private static final int RANK = 5000;

	private final UserManagement users;

	UserSearch(UserManagement users) {
		this.users = users;
	}

	@Override
	public List<String> kinds() {
		return List.of("user");
	}

	@Override
	public List<SearchHit> search(SearchQuery query, int limit) {
		if (!query.wants("user") || query.hasFilters() || query.text().isEmpty()) {
			return List.of();
		}
		boolean admin = CurrentUser.get().map(u -> u.isAdmin()).orElse(false);
		var found = users.search(query.text(), limit);
		return found.stream()
			.map(u -> new SearchHit("user", u.id().value(), u.name(), u.email(),
					admin ? "/admin/users#user-" + u.id() : null, RANK + found.indexOf(u)))
			.toList();
	}
}
