package org.nordcrm.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * A record on a campaign's call list. It is due when open and never called or its {@code nextCallAt} has come.
 *
 * @param recordName the record's name, or null when it is no longer there (deleted)
 */
public record Member(MemberId id, CampaignId campaignId, String recordKind, UUID recordId, @Nullable String recordName,
		int position, MemberState state, @Nullable Instant nextCallAt, @Nullable Outcome lastOutcome,
		@Nullable Instant lastCalledAt, @Nullable UserId lastCalledBy, int calls, int version) {

	public boolean due(Instant now) {
		return state == MemberState.OPEN && (nextCallAt == null || !nextCallAt.isAfter(now));
	}

	public Member named(@Nullable String name) {
		return new Member(id, campaignId, recordKind, recordId, name, position, state, nextCallAt, lastOutcome, lastCalledAt,
				lastCalledBy, calls, version);
	}
}
