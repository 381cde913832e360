package org.nordcrm.contacts;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.NumberSeriesId;

/**
 * A person as typed. {@code privateCustomer} true saves the person as a private customer with a number from
 * {@code numberSeriesId} (the default series when null); a private customer stays one. {@code version} is the
 * version read, for a change.
 */
public record PersonInput(@Nullable String firstName, @Nullable String lastName, @Nullable String title,
		List<String> phones, List<String> mobiles, List<String> emails, @Nullable LocalDate birthDate, Address address,
		@Nullable String note, @Nullable UserId ownerId, List<CategoryId> categoryIds, @Nullable Boolean privateCustomer,
		@Nullable NumberSeriesId numberSeriesId, @Nullable Integer version) {

	/** Left out lists are empty and a left out address is an empty one, so a form can always be shown again. */
	@SuppressWarnings("NullAway")
	public PersonInput {
		phones = phones == null ? List.of() : phones;
		mobiles = mobiles == null ? List.of() : mobiles;
		emails = emails == null ? List.of() : emails;
		address = address == null ? Address.EMPTY : address;
		categoryIds = categoryIds == null ? List.of() : categoryIds;
	}

	public static PersonInput empty() {
		return new PersonInput(null, null, null, List.of(), List.of(), List.of(), null, Address.EMPTY, null, null, List.of(),
				false, null, null);
	}

	public static PersonInput of(Person p) {
		return new PersonInput(p.firstName(), p.lastName(), p.title(), p.phones(), p.mobiles(), p.emails(), p.birthDate(),
				p.address(), p.note(), p.ownerId(), p.categoryIds(), p.isPrivateCustomer(), null, p.version());
	}
}
