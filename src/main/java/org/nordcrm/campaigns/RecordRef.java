package org.nordcrm.campaigns;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A record to add to a campaign: kind "company" or "person" (leads are the same kinds), and its id. */
public record RecordRef(@Nullable String kind, @Nullable UUID id) {
}
