package org.nordcrm.registry;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;

/**
 * The register could not answer (too many requests, its own error, no answer in time, unreachable): the message
 * says which, and the user can still register the company by hand.
 */
public class RegistryUnavailable extends InvalidInput {

	public RegistryUnavailable(@Nullable String field, String messageKey) {
		super(java.util.List.of(new FieldError(field, messageKey)));
	}
}
