package org.nordcrm.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/** One call made from a call list and its outcome, with the task or appointment it made. */
public record Call(UUID id, CampaignId campaignId, MemberId memberId, String recordKind, UUID recordId, Outcome outcome,
		@Nullable Instant callBackAt, @Nullable Instant meetingStart, @Nullable Instant meetingEnd, @Nullable String comment,
		@Nullable UUID taskId, @Nullable UUID appointmentId, UserId by, Instant at) {
}
