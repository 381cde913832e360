package org.nordcrm.security.web;

import java.net.URI;
import java.util.Locale;

import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.security.internal.SessionPrincipal;
import org.nordcrm.security.internal.WebSecurityErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@Controller
class LoginController {

	private final UserManagement users;
	private final SessionPrincipal sessionPrincipal;
	private final LocaleResolver locales;

	LoginController(UserManagement users, SessionPrincipal sessionPrincipal, LocaleResolver locales) {
		this.users = users;
		this.sessionPrincipal = sessionPrincipal;
		this.locales = locales;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("errorKey", session.getAttribute(WebSecurityErrors.LOGIN_ERROR));
		model.addAttribute("email", session.getAttribute(WebSecurityErrors.LOGIN_EMAIL));
		session.removeAttribute(WebSecurityErrors.LOGIN_ERROR);
		session.removeAttribute(WebSecurityErrors.LOGIN_EMAIL);
		return "security/login";
	}

	/** Changes the language: saved on the user when logged in, in a cookie otherwise. */
	@PostMapping("/language")
	String language(@RequestParam String lang, @RequestHeader(name = "Referer", required = false) String referer,
			HttpServletRequest request, HttpServletResponse response) {
		if (!UserManagement.LANGUAGES.contains(lang)) {
			return "redirect:/";
		}
		CurrentUser.get().ifPresent(u -> sessionPrincipal.replace(u, users.setLanguage(u.id(), lang), request, response));
		locales.setLocale(request, response, Locale.forLanguageTag(lang));
		return "redirect:" + localPath(referer, request);
	}

	/** Back to the page the user came from, but never to another site. */
	static String localPath(String referer, HttpServletRequest request) {
		if (referer == null) {
			return "/";
		}
		try {
			var uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
				return "/";
			}
			var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			if (path.startsWith("//")) {
				return "/"; // "redirect://x" would send the browser to the host x
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
	}
}
