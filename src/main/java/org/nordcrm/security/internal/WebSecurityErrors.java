package org.nordcrm.security.internal;

import java.io.IOException;

import org.nordcrm.shared.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person in the browser sees when security says no: the login page with the reason (wrong password,
 * too many attempts, deactivated, session expired), or a 403 page that says why. htmx requests are sent to the
 * login page as a whole page rather than having it swapped into a fragment.
 */
@Component
public class WebSecurityErrors implements AuthenticationFailureHandler, AuthenticationEntryPoint, AccessDeniedHandler,
		InvalidSessionStrategy {

	public static final String LOGIN_ERROR = "nordcrm.loginError";
	public static final String LOGIN_EMAIL = "nordcrm.loginEmail";

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		var key = switch (e) {
			case LockedException l -> "login.error.throttled";
			case DisabledException d -> "login.error.disabled";
			default -> "login.error.bad";
		};
		request.getSession().setAttribute(LOGIN_ERROR, key);
		// kept in the database-backed session for one page: no more than an e-mail address can be
		var email = String.valueOf(request.getParameter("email"));
		request.getSession().setAttribute(LOGIN_EMAIL, email.substring(0, Math.min(email.length(), 320)));
		redirect(request, response, "/login?error");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		if (sessionExpired(request)) {
			onInvalidSessionDetected(request, response);
			return;
		}
		// remember where the user was going: the login page sends them there afterwards
		requestCache.saveRequest(request, response);
		redirect(request, response, "/login");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		if (e instanceof CsrfException && sessionExpired(request)) {
			onInvalidSessionDetected(request, response);
			return;
		}
		request.setAttribute(Problems.MESSAGE_KEY_ATTRIBUTE, e instanceof CsrfException ? "error.csrf" : "error.403");
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.getSession(true);
		redirect(request, response, "/login?expired");
	}

	static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		var url = request.getContextPath() + path;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", url);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(url);
	}

	private static boolean sessionExpired(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}
}
