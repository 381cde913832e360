package org.nordcrm.shell.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.Problems;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns the exceptions controllers let through into answers: problem documents (RFC 9457) in the caller's
 * language on the API, the error page elsewhere. A record of another tenant is simply not found.
 */
@ControllerAdvice
class WebExceptionHandler extends ResponseEntityExceptionHandler {

	private final Problems problems;
	private final MessageSource messages;

	WebExceptionHandler(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler({ RecordNotFound.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> notFound(Exception e, NativeWebRequest request, Locale locale) throws IOException {
		return answer(request, problems.problem(HttpStatus.NOT_FOUND, "error.404", locale));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput e, NativeWebRequest request, Locale locale) throws IOException {
		return answer(request, problems.invalid(e, locale));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(Exception e, NativeWebRequest request, Locale locale) throws IOException {
		return answer(request, problems.problem(HttpStatus.CONFLICT, "error.409", locale));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var p = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
		p.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
			.toList());
		return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(p);
	}

	/** Standard Spring MVC errors (unreadable body, wrong method...) keep their status with a translated text. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var known = HttpStatus.resolve(status.value());
		var resolved = known == null ? HttpStatus.BAD_REQUEST : known;
		var p = problems.problem(resolved, ErrorPageController.messageKey(resolved), LocaleContextHolder.getLocale());
		try {
			// keep Spring's headers (Allow on a 405, for example) on the API's answer
			return answer((NativeWebRequest) request, p) == null ? null
					: ResponseEntity.status(status).headers(headers).contentType(Problems.PROBLEM_JSON).body(p);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The problem document for API calls; for pages, the container's error page with the same status. */
	private @Nullable ResponseEntity<ProblemDetail> answer(NativeWebRequest request, ProblemDetail problem) throws IOException {
		var http = request.getNativeRequest(HttpServletRequest.class);
		if (http != null && !Problems.isApi(http, http.getRequestURI())) {
			request.getNativeResponse(HttpServletResponse.class).sendError(problem.getStatus());
			return null;
		}
		return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
	}
}
