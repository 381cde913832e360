package org.nordcrm.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the request in progress, for code that is not handed one by the web layer. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<CrmUser> get() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CrmUser u ? Optional.of(u) : Optional.empty();
	}
}
