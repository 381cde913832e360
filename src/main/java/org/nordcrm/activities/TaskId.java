package org.nordcrm.activities;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record TaskId(@JsonValue UUID value) {

	public static TaskId of(String value) {
		return new TaskId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
