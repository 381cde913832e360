package org.nordcrm.calendar;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record AppointmentId(@JsonValue UUID value) {

	public static AppointmentId of(String value) {
		return new AppointmentId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
