package org.nordcrm.settings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record CompanyStatusId(@JsonValue UUID value) {

	public static CompanyStatusId of(String value) {
		return new CompanyStatusId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
