package org.nordcrm.security.internal;

import java.io.IOException;

import org.nordcrm.security.CrmUser;
import org.nordcrm.security.CurrentUser;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A user who logged in with a one-time password can do nothing but choose a new one (or log out). */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		boolean mustChange = CurrentUser.get().map(CrmUser::mustChangePassword).orElse(false);
		if (mustChange && !path.equals(PAGE) && !path.equals("/logout") && !path.startsWith("/webjars/")
				&& !path.startsWith("/css/") && !path.startsWith("/js/")) {
			WebSecurityErrors.redirect(request, response, PAGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
