package org.nordcrm.contacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;

/**
 * A person: a contact at one or more companies, and a private customer when it has a customer number. Phones are
 * in E.164 form. A private-person lead (module leads) is a person flagged {@code lead}, without a customer number
 * until it is converted.
 */
public record Person(PersonId id, @Nullable Long customerNumber, String firstName, String lastName, @Nullable String title,
		List<String> phones, List<String> mobiles, List<String> emails, @Nullable LocalDate birthDate, Address address,
		@Nullable String note, @Nullable UserId ownerId, List<CategoryId> categoryIds, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, int version, boolean lead) {

	/** The kind of record a private-person lead is found as in search. */
	public static final String LEAD_KIND = "lead-private";
	/** The kind of record a contact person whose companies are all leads is found as in search. */
	public static final String LEAD_CONTACT_KIND = "lead-person";

	public boolean isPrivateCustomer() {
		return customerNumber != null;
	}

	public String name() {
		return (firstName + " " + lastName).strip();
	}
}
