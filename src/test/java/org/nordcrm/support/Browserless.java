package org.nordcrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without the rendering: real HTTP to the running application, cookies kept, redirects not followed
 * (tests look at them), and the CSRF token of the last page sent with each form like the real page would.
 */
public class Browserless {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http;
	private String acceptLanguage = "en";
	private String csrf;

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public Browserless language(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
		return this;
	}

	public CookieManager cookies() {
		return cookies;
	}

	public HttpResponse<String> get(String path) {
		var response = send(request(path).GET().build());
		var m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page loaded (load a page first). */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		var withToken = new LinkedHashMap<>(form);
		if (csrf != null) {
			withToken.putIfAbsent("_csrf", csrf);
		}
		return postRaw(path, withToken);
	}

	public HttpResponse<String> postRaw(String path, Map<String, String> form) {
		var body = form.entrySet().stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	public Browserless login(String email, String password) {
		get("/login");
		var r = post("/login", Map.of("email", email, "password", password));
		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return this;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage)
			.header("Accept", "text/html,application/json;q=0.9");
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String location(HttpResponse<?> r) {
		return r.headers().firstValue("Location").orElse("");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
