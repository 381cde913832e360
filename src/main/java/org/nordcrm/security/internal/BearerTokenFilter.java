package org.nordcrm.security.internal;

import java.io.IOException;

import org.nordcrm.security.ApiTokenManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A request without the header goes on
 * anonymous (and gets 401 where a user is needed); a malformed, unknown or revoked token gets 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokenManagement tokens;
	private final SecurityProblems problems;

	BearerTokenFilter(ApiTokenManagement tokens, SecurityProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader("Authorization");
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		var parts = header.trim().split("\\s+");
		if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || !ApiTokenManagement.wellFormed(parts[1])) {
			problems.unauthorized(request, response, "auth.token.malformed");
			return;
		}
		var user = tokens.authenticate(parts[1]);
		if (user.isEmpty()) {
			problems.unauthorized(request, response, "auth.token.invalid");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
