package org.nordcrm.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A range of customer numbers.
 *
 * @param nextNumber the next free number; {@code lastNumber + 1} when the series is used up
 */
public record NumberSeries(NumberSeriesId id, String name, long firstNumber, long lastNumber, long nextNumber,
		boolean isDefault) {

	public boolean isFull() {
		return nextNumber > lastNumber;
	}

	@JsonProperty
	public long remaining() {
		return lastNumber - nextNumber + 1;
	}
}
