package org.nordcrm.security;

/** A user with a generated one-time password, shown once to the administrator and changed at first login. */
public record IssuedPassword(User user, String oneTimePassword) {
}
