package org.nordcrm.security;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Secrets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A per-response nonce that lets a page's own script add {@code <style>} elements (FullCalendar does) while the
 * content security policy still refuses every other inline style. A page that asks for one gets it in its
 * policy's {@code style-src}; pages that do not ask keep the plain policy.
 */
public final class StyleNonce {

	private static final String ATTRIBUTE = StyleNonce.class.getName();
	private static final String DATA_FONTS = ATTRIBUTE + ".dataFonts";

	private StyleNonce() {
	}

	/** The nonce of this response, made on first use. */
	public static String of(HttpServletRequest request) {
		var nonce = get(request);
		if (nonce == null) {
			nonce = Secrets.urlSafeToken(18);
			request.setAttribute(ATTRIBUTE, nonce);
		}
		return nonce;
	}

	/**
	 * Lets this response's page use fonts embedded as data: URLs (FullCalendar's icon font is one): they come from
	 * the page's own script and cannot reach any server.
	 */
	public static void allowDataFonts(HttpServletRequest request) {
		request.setAttribute(DATA_FONTS, Boolean.TRUE);
	}

	public static @Nullable String get(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String s ? s : null;
	}

	/** The policy with the response's nonce added to {@code style-src} (and data: fonts), if the page asked for them. */
	public static String policy(String policy, HttpServletRequest request) {
		var nonce = get(request);
		var result = nonce == null ? policy : policy.replace("style-src 'self'", "style-src 'self' 'nonce-" + nonce + "'");
		return request.getAttribute(DATA_FONTS) == null ? result : result.replace("font-src 'self'", "font-src 'self' data:");
	}
}
