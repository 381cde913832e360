package org.nordcrm.shared;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Record ids are UUIDv7, made by the application: time-ordered, so primary-key indexes grow at their end. */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}

	/** The lowest id made at the instant's millisecond: ids below it were made before (to page by time on ids). */
	public static UUID firstAt(Instant at) {
		return new UUID((at.toEpochMilli() << 16) | 0x7000L, Long.MIN_VALUE);
	}
}
