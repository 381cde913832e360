package org.nordcrm.settings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

public record LeadStatusId(@JsonValue UUID value) implements EntryId {

	/** The id written as text; blank (an empty choice in a form) is no id. */
	public static @Nullable LeadStatusId of(String value) {
		return value.isBlank() ? null : new LeadStatusId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
