package org.nordcrm.security.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.UserManagement;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a request: the logged-in user's saved choice, else the one picked on the login page
 * (a cookie), else the browser's preference among bokmål, Swedish and English. Norwegian in any written form
 * (no, nb, nn) means bokmål; anything else unknown means English.
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleContextResolver {

	static final String COOKIE = "nordcrm-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var saved = CurrentUser.get().map(u -> u.locale()).orElse(null);
		if (saved != null) {
			return Locale.forLanguageTag(saved);
		}
		var cookie = cookie(request);
		if (cookie != null) {
			return Locale.forLanguageTag(cookie);
		}
		return fromBrowser(request.getHeader("Accept-Language"));
	}

	/** The language, and the time zone the user's times are shown in. */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		var zone = CurrentUser.get().map(u -> TimeZone.getTimeZone(u.timeZone())).orElse(TimeZone.getTimeZone("Europe/Oslo"));
		return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), zone);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext context) {
		setLocale(request, response, context == null ? null : context.getLocale());
	}

	static Locale fromBrowser(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Locale.forLanguageTag("nb");
		}
		try {
			for (var range : Locale.LanguageRange.parse(header)) {
				var language = range.getRange().split("-")[0];
				var supported = switch (language) {
					case "nb", "no", "nn" -> "nb";
					case "sv" -> "sv";
					case "en" -> "en";
					default -> null;
				};
				if (supported != null) {
					return Locale.forLanguageTag(supported);
				}
			}
		}
		catch (IllegalArgumentException e) {
			// a malformed header is no reason to fail the request
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null || locale == null || !UserManagement.LANGUAGES.contains(locale.getLanguage())) {
			return;
		}
		var cookie = ResponseCookie.from(COOKIE, locale.getLanguage()).path("/").maxAge(Duration.ofDays(365))
			.httpOnly(true).sameSite("Lax").build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (var c : request.getCookies()) {
			if (COOKIE.equals(c.getName()) && UserManagement.LANGUAGES.contains(c.getValue())) {
				return c.getValue();
			}
		}
		return null;
	}
}
