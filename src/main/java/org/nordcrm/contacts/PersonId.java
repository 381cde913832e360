package org.nordcrm.contacts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record PersonId(@JsonValue UUID value) {

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
