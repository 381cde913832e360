package org.nordcrm.settings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record NumberSeriesId(@JsonValue UUID value) {

	public static NumberSeriesId of(String value) {
		return new NumberSeriesId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
