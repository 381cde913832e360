package org.nordcrm.campaigns;

/** A member still to be called, or one the campaign is done with. */
public enum MemberState {
	OPEN, DONE
}
