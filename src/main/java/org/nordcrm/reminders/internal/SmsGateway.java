package org.nordcrm.reminders.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;

/** Sends an SMS through the configured HTTP gateway; anything but a 2xx answer is a failure to retry. */
@Component
public class SmsGateway {

	private final SmsProperties props;
	private final HttpClient http;

	SmsGateway(SmsProperties props) {
		this.props = props;
		this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
	}

	public boolean configured() {
		return props.configured();
	}

	public void send(String to, String text) throws SendFailure {
		if (!configured()) {
			throw new SendFailure("SMS gateway not configured (nordcrm.sms.url)");
		}
		var request = HttpRequest.newBuilder(URI.create(props.url())).timeout(props.timeout())
			.header("Content-Type", props.contentType())
			.method(props.method(), HttpRequest.BodyPublishers.ofString(body(to, text), StandardCharsets.UTF_8));
		if (props.token() != null && !props.token().isBlank()) {
			request.header("Authorization", "Bearer " + props.token());
		}
		else if (props.username() != null && !props.username().isBlank()) {
			var pair = props.username() + ":" + (props.password() == null ? "" : props.password());
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				var answer = response.body() == null ? "" : response.body().strip();
				throw new SendFailure("SMS gateway answered " + response.statusCode()
						+ (answer.isEmpty() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) : answer)));
			}
		}
		catch (IOException e) {
			throw new SendFailure("SMS gateway unreachable: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SendFailure("interrupted while sending the SMS", e);
		}
	}

	String body(String to, String text) {
		return props.body().replace("{to}", escape(to)).replace("{from}", escape(props.from())).replace("{text}", escape(text));
	}

	private String escape(String value) {
		var type = props.contentType().toLowerCase(java.util.Locale.ROOT);
		if (type.contains("json")) {
			var sb = new StringBuilder();
			for (char c : value.toCharArray()) {
				switch (c) {
					case '"' -> sb.append("\\\"");
					case '\\' -> sb.append("\\\\");
					case '\n' -> sb.append("\\n");
					case '\r' -> sb.append("\\r");
					case '\t' -> sb.append("\\t");
					default -> sb.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
				}
			}
			return sb.toString();
		}
		return type.contains("x-www-form-urlencoded") ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
	}
}
