package org.nordcrm.campaigns;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record MemberId(@JsonValue UUID value) {

	public static MemberId of(String value) {
		return new MemberId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
