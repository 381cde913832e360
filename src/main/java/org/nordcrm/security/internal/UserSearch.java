package org.nordcrm.security.internal;

import java.util.List;

import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.springframework.stereotype.Component;

/** Colleagues in the global search; administrators can open them in user administration. */
@Component
class UserSearch implements SearchProvider {

	private final UserManagement users;

	UserSearch(UserManagement users) {
		this.users = users;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		boolean admin = CurrentUser.get().map(u -> u.isAdmin()).orElse(false);
		return users.search(query, limit).stream()
			.map(u -> new SearchHit("search.kind.user", u.name(), u.email(), admin ? "/admin/users#user-" + u.id() : null))
			.toList();
	}
}
