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
 * in E.164 form.
 */
public record Person(PersonId id, @Nullable Long customerNumber, String firstName, String lastName, @Nullable String title,
		List<String> phones, List<String> mobiles, List<String> emails, @Nullable LocalDate birthDate, Address address,
		@Nullable String note, @Nullable UserId ownerId, List<CategoryId> categoryIds, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, int version) {

	public boolean isPrivateCustomer() {
		return customerNumber != null;
	}

	public String name() {
		return (firstName + " " + lastName).strip();
	}
}
