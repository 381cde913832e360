package org.nordcrm.settings;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;

/**
 * How the tenant's administrators want NordCRM to behave for everyone in the tenant.
 *
 * @param extraInfoTab extra info (origin, source, products of interest) shows as its own tab on the company card
 *        instead of among the card's facts and in the company form
 */
public record Preferences(boolean extraInfoTab) {

	public static final Preferences DEFAULTS = new Preferences(false);

	/** Preferences as a client sends them: every setting must be given. */
	public static Preferences of(@Nullable Boolean extraInfoTab) {
		if (extraInfoTab == null) {
			throw InvalidInput.of("extraInfoTab", "NotNull");
		}
		return new Preferences(extraInfoTab);
	}
}
