package org.nordcrm.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user's calendar subscription: {@code token} is the secret, present only when just issued (it is stored as a
 * hash); {@code prefix} is its start, to recognise it.
 */
public record FeedToken(String prefix, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable String token) {
}
