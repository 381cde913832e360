package org.nordcrm.security;

/** A token just created: the secret is in {@code token} this once and is stored only as a hash. */
public record IssuedToken(ApiToken info, String token) {
}
