package org.nordcrm.companies;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record CompanyId(@JsonValue UUID value) {

	public static CompanyId of(String value) {
		return new CompanyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
