package org.nordcrm.notes;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record NoteId(@JsonValue UUID value) {

	public static NoteId of(String value) {
		return new NoteId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
