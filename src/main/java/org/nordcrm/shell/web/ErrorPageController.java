package org.nordcrm.shell.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.nordcrm.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error that reaches the container: a page in the user's language for people, a problem document for
 * the API. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 409, 413, 429, 500, 503);

	private final Problems problems;

	ErrorPageController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws IOException {
		var status = status(request);
		var path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		var key = request.getAttribute(Problems.MESSAGE_KEY_ATTRIBUTE) instanceof String k ? k : messageKey(status);
		if (Problems.isApi(request, path)) {
			problems.write(response, problems.problem(status, key, locale));
			return null;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", key);
		model.addAttribute("titleKey", TITLED.contains(status.value()) ? "http." + status.value() : "http.error");
		return "shell/error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String messageKey(HttpStatus status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 413, 429 -> "error." + status.value();
			default -> status.is5xxServerError() ? "error.500" : "error.generic";
		};
	}
}
