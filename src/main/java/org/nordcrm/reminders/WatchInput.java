package org.nordcrm.reminders;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A watch as written in the form or sent to the API. {@code watchAt} is a date ("2027-03-01": 08:00 in the owner's
 * time zone), a local date and time ("2027-03-01T10:30", in the owner's time zone) or a time with an offset; the
 * reminder comes {@code beforeAmount} {@code beforeUnit} before it. The record is read when a watch is made and
 * ignored when it is changed; {@code ownerId} defaults to the user making it; {@code version} is the one the
 * writer saw.
 */
public record WatchInput(@Nullable String recordKind, @Nullable UUID recordId, @Nullable String label,
		@Nullable String watchAt, @Nullable Integer beforeAmount, @Nullable String beforeUnit, @Nullable List<String> channels,
		@Nullable UUID ownerId, @Nullable Integer version) {
}
