package org.nordcrm.security.internal;

import java.io.IOException;

import org.nordcrm.security.CurrentUser;
import org.nordcrm.shared.Problems;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs the rest of the request as the logged-in user's tenant, on the user's behalf through the pages or the API
 * (history records both); anonymous requests get no tenant.
 */
class TenantFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = CurrentUser.get();
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		try {
			var channel = Problems.isApi(request, request.getRequestURI()) ? TenantContext.API : TenantContext.UI;
			TenantContext.runChecked(user.get().tenantId(), user.get().id().value(), channel,
					() -> chain.doFilter(request, response));
		}
		catch (IOException | ServletException | RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new ServletException(e);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
