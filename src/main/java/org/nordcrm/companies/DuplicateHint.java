package org.nordcrm.companies;

import org.jspecify.annotations.Nullable;

/**
 * A company that may be the one the user is about to create again.
 *
 * @param reason message key: same organisation number, similar name in the same postcode, same e-mail domain
 */
public record DuplicateHint(CompanyId id, @Nullable Long customerNumber, String name, String reason) {
}
