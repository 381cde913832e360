package org.nordcrm.reminders;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record WatchId(@JsonValue UUID value) {

	public static WatchId of(String value) {
		return new WatchId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
