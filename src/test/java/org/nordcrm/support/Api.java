package org.nordcrm.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script calling the REST API with a personal token, as an integration would. */
public class Api {

	public record Response(int status, String contentType, JsonNode json, String body) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;
	private final HttpClient http = HttpClient.newHttpClient();
	private String token;
	private String acceptLanguage = "en";

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Api token(String token) {
		this.token = token;
		return this;
	}

	public Api language(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
		return this;
	}

	/** Logs in by e-mail and password and keeps the token it gets. */
	public Api login(String email, String password) {
		var r = post("/api/v1/auth/tokens", JSON.createObjectNode().put("email", email).put("password", password).put("name", "test").toString());
		if (r.status() != 201) {
			throw new IllegalStateException("token request failed: " + r.body());
		}
		return token(r.json().get("token").asString());
	}

	/** Posts a new record and returns it; anything but 201 Created fails with the answer's body. */
	public JsonNode create(String path, String json) {
		var r = post(path, json);
		if (r.status() != 201) {
			throw new AssertionError("expected 201 from POST " + path + " but got " + r.status() + ": " + r.body());
		}
		return r.json();
	}

	public Response get(String path) {
		return send(builder(path).GET());
	}

	public Response post(String path, String json) {
		return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(builder(path).DELETE());
	}

	public Response send(HttpRequest.Builder request) {
		try {
			var r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			var type = r.headers().firstValue("Content-Type").orElse("");
			var json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : JSON.nullNode();
			return new Response(r.statusCode(), type, json, r.body());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder builder(String path) {
		var b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage)
			.header("Accept", "application/json");
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b;
	}
}
