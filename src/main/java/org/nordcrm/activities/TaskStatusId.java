package org.nordcrm.activities;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record TaskStatusId(@JsonValue UUID value) {

	public static TaskStatusId of(String value) {
		return new TaskStatusId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
