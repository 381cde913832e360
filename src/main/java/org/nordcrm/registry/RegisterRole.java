package org.nordcrm.registry;

import org.jspecify.annotations.Nullable;

/**
 * A person's role in a unit (daglig leder, styreleder...), from the register's {@code /roller}: only persons, and
 * only those not resigned ({@code fratraadt}), are offered as contact persons.
 *
 * @param key identifies the role in a form: its code and place in the list
 */
public record RegisterRole(String key, String code, String description, String firstName, @Nullable String middleName,
		String lastName) {

	public String fullName() {
		return (firstName + " " + (middleName == null ? "" : middleName + " ") + lastName).replaceAll("\\s+", " ").strip();
	}

	/** First and middle names together, as the contact register keeps a first name. */
	public String givenNames() {
		return middleName == null || middleName.isBlank() ? firstName : firstName + " " + middleName;
	}
}
