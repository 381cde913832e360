package org.nordcrm.reminders;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The unit of how long before the watched time the reminder comes. */
public enum BeforeUnit {
	MINUTES(Duration.ofMinutes(1)), HOURS(Duration.ofHours(1)), DAYS(Duration.ofDays(1)), WEEKS(Duration.ofDays(7));

	private final Duration one;

	BeforeUnit(Duration one) {
		this.one = one;
	}

	public Duration times(int amount) {
		return one.multipliedBy(amount);
	}

	public static Optional<BeforeUnit> parse(String written) {
		try {
			return Optional.of(valueOf(written.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public String labelKey() {
		return "watch.unit." + name();
	}
}
