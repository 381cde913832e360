package org.nordcrm.security.internal;

import java.io.IOException;

import org.nordcrm.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 on the API as problem documents in the caller's language. */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;
	private final LocaleResolver locales;

	SecurityProblems(Problems problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		unauthorized(request, response, "auth.required");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "auth.forbidden", locales.resolveLocale(request)));
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, key, locales.resolveLocale(request)));
	}
}
