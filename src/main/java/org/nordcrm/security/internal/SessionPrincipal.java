package org.nordcrm.security.internal;

import org.nordcrm.security.CrmUser;
import org.nordcrm.security.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Puts a changed user (new language, password changed) into the session, so later requests see it. */
@Component
public class SessionPrincipal {

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	public void replace(CrmUser current, User changed, HttpServletRequest request, HttpServletResponse response) {
		var principal = new CrmUser(current.tenantId(), changed, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}
}
