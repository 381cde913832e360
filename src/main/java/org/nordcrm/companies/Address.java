package org.nordcrm.companies;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Checks;

/** A street address; country is an ISO 3166 alpha-2 code. */
public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable String country) {

	public static final Address EMPTY = new Address(null, null, null, null);

	/** "Storgata 1, 0150 Oslo, NO": the parts there are, on one line. */
	public String oneLine() {
		return Stream.of(street, place(), country).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
	}

	/** Postcode and town on one line ("0155 Oslo"), or null when neither is given. */
	public @Nullable String place() {
		var place = ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).strip();
		return place.isEmpty() ? null : place;
	}

	public boolean isEmpty() {
		return street == null && postcode == null && city == null;
	}

	/**
	 * The address as stored: fields trimmed and length-checked (errors under {@code field.street} etc.), no country
	 * for an empty address, {@code homeCountry} when none is given.
	 */
	public Address checked(Checks checks, String field, String homeCountry) {
		var s = checks.optional(field + ".street", street, 300);
		var p = checks.optional(field + ".postcode", postcode, 20);
		var c = checks.optional(field + ".city", city, 100);
		var cc = checks.country(field + ".country", country, homeCountry);
		return s == null && p == null && c == null ? EMPTY : new Address(s, p, c, cc);
	}
}
