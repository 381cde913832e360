package org.nordcrm.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a user's calendar feed, from any module ({@link CalendarItems}).
 *
 * @param uid stable for the same item across feeds and changes ("appointment-<id>@nordcrm")
 * @param allDay whether {@code start} and {@code end} are UTC midnights of dates, {@code end} exclusive
 * @param sequence grows with every change (the row's version), so calendar clients take the newer copy
 */
public record CalendarItem(String uid, String title, @Nullable String description, @Nullable String location,
		Instant start, Instant end, boolean allDay, int sequence, Instant changedAt) {
}
