package org.nordcrm.campaigns;

import org.jspecify.annotations.Nullable;

/**
 * A call's outcome as the caller gave it, every field as written so that anything unreadable is a field error:
 * {@code outcome} NO_ANSWER, CALL_BACK, NOT_INTERESTED or MEETING_BOOKED; {@code callBackAt} (CALL_BACK) a day
 * ("2026-11-27"), a local date and time in the caller's zone ("2026-11-27T14:00") or an instant with an offset;
 * {@code meetingStart} and {@code meetingEnd} (MEETING_BOOKED; the end an hour after the start when left out)
 * likewise but with a time; {@code version} the member's as the caller saw it.
 */
public record OutcomeInput(@Nullable String outcome, @Nullable String callBackAt, @Nullable String meetingStart,
		@Nullable String meetingEnd, @Nullable String comment, @Nullable Integer version) {
}
