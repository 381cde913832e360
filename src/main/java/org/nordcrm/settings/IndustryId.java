package org.nordcrm.settings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record IndustryId(@JsonValue UUID value) {

	public static IndustryId of(String value) {
		return new IndustryId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
