package org.nordcrm.activities.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.springframework.stereotype.Component;

/**
 * The records a task can be linked to, read through their modules' APIs: a company and a person. A deleted record
 * (or another tenant's) is not found, so a task cannot be linked to it.
 */
@Component
public class TaskLinks {

	/** A record a task is linked to, as a page shows it. */
	public record Linked(String kind, UUID id, String name, String url) {
	}

	private final CompanyManagement companies;
	private final ContactManagement contacts;

	TaskLinks(CompanyManagement companies, ContactManagement contacts) {
		this.companies = companies;
		this.contacts = contacts;
	}

	public Optional<Linked> find(String kind, UUID id) {
		return switch (kind) {
			case CompanyManagement.KIND -> companies.find(new CompanyId(id)).map(c -> company(c.id().value(), c.name()));
			case ContactManagement.KIND -> contacts.find(new PersonId(id)).map(p -> person(p.id().value(), p.name()));
			default -> Optional.empty();
		};
	}

	/** The live records among these ids, of either kind, by id. */
	public Map<UUID, Linked> live(Collection<@Nullable UUID> companyIds, Collection<@Nullable UUID> personIds) {
		var result = new HashMap<UUID, Linked>();
		companies.findAll(companyIds.stream().filter(i -> i != null).distinct().toList(), CompanyFilter.NONE)
			.forEach(c -> result.put(c.id().value(), company(c.id().value(), c.name())));
		contacts.findAll(personIds.stream().filter(i -> i != null).distinct().toList(), PersonFilter.NONE)
			.forEach(p -> result.put(p.id().value(), person(p.id().value(), p.name())));
		return result;
	}

	private static Linked company(UUID id, String name) {
		return new Linked(CompanyManagement.KIND, id, name, "/companies/" + id);
	}

	private static Linked person(UUID id, String name) {
		return new Linked(ContactManagement.KIND, id, name, "/contacts/" + id);
	}
}
