package org.nordcrm.contacts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record LinkId(@JsonValue UUID value) {

	public static LinkId of(String value) {
		return new LinkId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
