package org.nordcrm.settings.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.NumberSeries;

/** The form of the number series page. */
record NumberSeriesForm(@Nullable String name, @Nullable Long firstNumber, @Nullable Long lastNumber, @Nullable Boolean defaultSeries) {

	static NumberSeriesForm blank() {
		return new NumberSeriesForm("", null, null, false);
	}

	static NumberSeriesForm of(NumberSeries s) {
		return new NumberSeriesForm(s.name(), s.firstNumber(), s.lastNumber(), s.isDefault());
	}
}
