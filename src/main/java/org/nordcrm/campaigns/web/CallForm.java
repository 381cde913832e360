package org.nordcrm.campaigns.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.OutcomeInput;

/**
 * The call list's form: the outcome (the button pressed), the call-back time and the meeting's start and end as
 * the browser's date-and-time fields send them (in the caller's time zone), the comment, the member's version.
 */
public class CallForm {

	private @Nullable String outcome;
	private @Nullable String callBackAt;
	private @Nullable String meetingStart;
	private @Nullable String meetingEnd;
	private @Nullable String comment;
	private @Nullable Integer version;

	OutcomeInput input() {
		return new OutcomeInput(outcome, callBackAt, meetingStart, meetingEnd, comment, version);
	}

	public @Nullable String getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable String outcome) {
		this.outcome = outcome;
	}

	public @Nullable String getCallBackAt() {
		return callBackAt;
	}

	public void setCallBackAt(@Nullable String callBackAt) {
		this.callBackAt = callBackAt;
	}

	public @Nullable String getMeetingStart() {
		return meetingStart;
	}

	public void setMeetingStart(@Nullable String meetingStart) {
		this.meetingStart = meetingStart;
	}

	public @Nullable String getMeetingEnd() {
		return meetingEnd;
	}

	public void setMeetingEnd(@Nullable String meetingEnd) {
		this.meetingEnd = meetingEnd;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
