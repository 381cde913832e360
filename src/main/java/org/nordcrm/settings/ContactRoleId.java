package org.nordcrm.settings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ContactRoleId(@JsonValue UUID value) {

	public static ContactRoleId of(String value) {
		return new ContactRoleId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
