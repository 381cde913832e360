package org.nordcrm.campaigns;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as written in the form or sent to the API. On a change a field left null keeps its value (an empty
 * description clears it); {@code version} is the one the writer saw, for optimistic locking.
 */
public record CampaignInput(@Nullable String name, @Nullable String description, @Nullable Integer version) {
}
