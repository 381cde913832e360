package org.nordcrm.leads;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.SourceId;

/**
 * A lead: the company or person row it is ({@code id} is that record's id) with its lead number, status, source and
 * owner. A converted lead is a customer now: {@code convertedAt} is set and it has a {@code customerNumber}.
 */
public record Lead(UUID id, LeadKind kind, long leadNumber, String name, @Nullable String organisationNumber,
		@Nullable LeadStatusId statusId, @Nullable SourceId sourceId, @Nullable UserId ownerId,
		@Nullable OffsetDateTime convertedAt, @Nullable UserId convertedBy, @Nullable Long customerNumber,
		OffsetDateTime createdAt, int version) {

	public boolean converted() {
		return convertedAt != null;
	}

	/** Where its card opens. */
	public String url() {
		return kind.path() + id;
	}
}
