package org.nordcrm.reminders;

import java.util.Locale;
import java.util.Optional;

/** How a reminder reaches its owner: a notification in the app, an e-mail or an SMS. */
public enum Channel {
	APP, EMAIL, SMS;

	public static Optional<Channel> parse(String written) {
		try {
			return Optional.of(valueOf(written.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public String labelKey() {
		return "watch.channel." + name();
	}
}
