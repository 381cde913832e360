package org.nordcrm.campaigns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * A campaign: a named group of records to work through, with counts of its members (removed ones aside), of those
 * still open and of those done.
 */
public record Campaign(CampaignId id, String name, @Nullable String description, UserId ownerId, @Nullable Instant closedAt,
		int members, int open, int done, Instant createdAt, Instant updatedAt, int version) {

	public boolean active() {
		return closedAt == null;
	}
}
