package org.nordcrm.security.web;

import java.util.Locale;

import org.nordcrm.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A failed {@code POST /api/v1/auth/tokens}: 401 for wrong credentials, 429 when throttled. */
@RestControllerAdvice(assignableTypes = AccountApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthenticationProblems {

	private final Problems problems;

	AuthenticationProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> failed(AuthenticationException e, Locale locale) {
		return switch (e) {
			case LockedException l -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "900")
				.body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "login.error.throttled", locale));
			case DisabledException d -> ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(problems.problem(HttpStatus.FORBIDDEN, "login.error.disabled", locale));
			default -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(problems.problem(HttpStatus.UNAUTHORIZED, "login.error.bad", locale));
		};
	}
}
