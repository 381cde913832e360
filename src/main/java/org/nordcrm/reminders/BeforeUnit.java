package org.nordcrm.reminders;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The unit of how long before the watched time the reminder comes. */
public enum BeforeUnit {
	MINUTES(ChronoUnit.MINUTES), HOURS(ChronoUnit.HOURS), DAYS(ChronoUnit.DAYS), WEEKS(ChronoUnit.WEEKS);

	private final ChronoUnit unit;

	BeforeUnit(ChronoUnit unit) {
		this.unit = unit;
	}

	/**
	 * The time {@code amount} units before {@code at} in the zone: days and weeks keep the time of day across a
	 * change to or from summer time (a week before 08:00 is 08:00), minutes and hours are exact.
	 */
	public OffsetDateTime before(OffsetDateTime at, int amount, ZoneId zone) {
		return at.atZoneSameInstant(zone).minus(amount, unit).toOffsetDateTime();
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
