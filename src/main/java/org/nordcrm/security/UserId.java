package org.nordcrm.security;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

public record UserId(@JsonValue UUID value) implements Serializable {

	/** The id written as text; blank (an empty choice in a form) is no id. */
	public static @Nullable UserId of(String value) {
		return value.isBlank() ? null : new UserId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
