package org.nordcrm.files;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

public record FileId(@JsonValue UUID value) {

	/** The id written as text; blank (an empty choice in a form) is no id. */
	public static @Nullable FileId of(String value) {
		return value.isBlank() ? null : new FileId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
