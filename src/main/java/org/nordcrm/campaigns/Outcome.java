package org.nordcrm.campaigns;

/** What came of a call. The first two keep the record on the call list, the last two take it off. */
public enum Outcome {

	NO_ANSWER, CALL_BACK, NOT_INTERESTED, MEETING_BOOKED;

	public boolean endsCalling() {
		return this == NOT_INTERESTED || this == MEETING_BOOKED;
	}

	public String messageKey() {
		return "campaigns.outcome." + name();
	}
}
