package org.nordcrm.imports;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ImportId(@JsonValue UUID value) {

	public static ImportId of(String value) {
		return new ImportId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
