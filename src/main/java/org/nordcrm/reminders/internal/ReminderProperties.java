package org.nordcrm.reminders.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder job: how often it looks for due reminders ({@code poll}, read by its schedule), how many it takes at
 * a time, the waits between attempts after a failure (the last one repeats) and after how many attempts a delivery
 * is FAILED; the sender of e-mails and the address links in them start with.
 */
@ConfigurationProperties("nordcrm.reminders")
public record ReminderProperties(@DefaultValue("PT30S") Duration poll, @DefaultValue("100") int batch,
		@DefaultValue({ "PT1M", "PT5M", "PT15M", "PT1H", "PT4H" }) List<Duration> backoff, @DefaultValue("6") int maxAttempts,
		@DefaultValue("NordCRM <noreply@nordcrm.local>") String mailFrom, @DefaultValue("http://localhost:8080") String baseUrl) {

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	public Duration backoffAfter(int attempt) {
		return backoff.isEmpty() ? Duration.ofMinutes(1) : backoff.get(Math.min(Math.max(attempt, 1), backoff.size()) - 1);
	}
}
