package org.nordcrm.companies;

import org.jspecify.annotations.Nullable;

/** A street address; country is an ISO 3166 alpha-2 code. */
public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable String country) {

	public static final Address EMPTY = new Address(null, null, null, null);

	public boolean isEmpty() {
		return street == null && postcode == null && city == null;
	}
}
