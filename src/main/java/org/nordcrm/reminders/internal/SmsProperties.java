package org.nordcrm.reminders.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP SMS gateway: where to send (no URL: SMS is off), how to authenticate (basic with user and password, or
 * a bearer token), and the request body, whose {to}, {from} and {text} are filled in (escaped for JSON or form
 * encoding when the content type is one of those).
 */
@ConfigurationProperties("nordcrm.sms")
public record SmsProperties(@Nullable String url, @DefaultValue("POST") String method, @Nullable String username,
		@Nullable String password, @Nullable String token, @DefaultValue("application/json") String contentType,
		@DefaultValue("{\"to\": \"{to}\", \"from\": \"{from}\", \"text\": \"{text}\"}") String body,
		@DefaultValue("NordCRM") String from, @DefaultValue("PT10S") Duration timeout) {

	public boolean configured() {
		return url != null && !url.isBlank();
	}
}
