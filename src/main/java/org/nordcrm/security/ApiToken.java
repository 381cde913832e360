package org.nordcrm.security;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it afterwards: never the secret, only its first characters. */
public record ApiToken(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
