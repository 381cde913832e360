package org.nordcrm.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record User(UserId id, String email, String name, Role role, @Nullable String locale, String timeZone,
		boolean active, boolean mustChangePassword, Instant createdAt, @Nullable Instant lastLoginAt) {
}
