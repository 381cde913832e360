package org.nordcrm.shared;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents with title and detail in the caller's language, for the API's errors wherever they
 * arise (controllers, security filters, the error page).
 */
@Component
public class Problems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
	/** Request attribute with the message key the error page shows instead of the status's own text. */
	public static final String MESSAGE_KEY_ATTRIBUTE = "nordcrm.error.messageKey";

	private final MessageSource messages;
	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Whether a request path belongs to the API (or Actuator), which answers with problem documents, not pages. */
	public static boolean isApi(HttpServletRequest request, String uri) {
		var path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

	public ProblemDetail problem(HttpStatus status, String detailKey, Locale locale, Object... args) {
		var p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, args, locale));
		p.setTitle(messages.getMessage("http." + status.value(), null, messages.getMessage("http.error", null, locale), locale));
		p.setType(URI.create("about:blank"));
		return p;
	}

	public ProblemDetail invalid(InvalidInput e, Locale locale) {
		var p = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
		p.setProperty("errors", e.errors().stream().map(err -> fieldError(err.field(), err.messageKey(), locale, err.args())).toList());
		return p;
	}

	public Map<String, Object> fieldError(@Nullable String field, String key, Locale locale, Object... args) {
		var message = messages.getMessage(key, args, key, locale);
		return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
