package org.nordcrm.settings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record CategoryId(@JsonValue UUID value) {

	public static CategoryId of(String value) {
		return new CategoryId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
