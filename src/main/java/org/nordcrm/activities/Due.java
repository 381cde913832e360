package org.nordcrm.activities;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Formats;

/**
 * A due time as written: a day alone ("2026-11-27", due that day with no time), a local date and time in the
 * user's zone ("2026-11-27T14:00"), or an instant with an offset ("2026-11-27T14:00:00+01:00", "...Z").
 *
 * @param at the moment, for a day the start of it in the writer's zone
 */
public record Due(Instant at, boolean allDay) {

	/** Years outside this range are typing errors (and beyond what a database column holds). */
	static final int FIRST_YEAR = 1900, LAST_YEAR = 9999;

	/** The due time written, or null when it cannot be read (or is outside the years above). */
	public static @Nullable Due parse(String text, ZoneId zone) {
		var t = text.strip();
		try {
			if (t.length() <= 10) {
				var day = LocalDate.parse(t);
				return sane(day) ? new Due(day.atStartOfDay(zone).toInstant(), true) : null;
			}
			if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				var at = OffsetDateTime.parse(t);
				return sane(at.toLocalDate()) ? new Due(at.toInstant(), false) : null;
			}
			var local = LocalDateTime.parse(t);
			return sane(local.toLocalDate()) ? new Due(local.atZone(zone).toInstant(), false) : null;
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** The user's time zone for this request (Oslo when none is known): days and local times are read in it. */
	public static ZoneId zone() {
		return Formats.zone();
	}

	private static boolean sane(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
	}
}
