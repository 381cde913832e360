package org.nordcrm.campaigns.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nordcrm.campaigns.MemberRecord;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.springframework.stereotype.Component;

/**
 * The records campaigns hold, read through their modules' APIs: companies and persons (leads are such rows too). A
 * deleted record, or another tenant's, is not found.
 */
@Component
public class Records {

	private final CompanyManagement companies;
	private final ContactManagement contacts;

	Records(CompanyManagement companies, ContactManagement contacts) {
		this.companies = companies;
		this.contacts = contacts;
	}

	public Optional<MemberRecord> find(String kind, UUID id) {
		return switch (kind) {
			case CompanyManagement.KIND -> companies.find(new CompanyId(id)).map(c -> company(id, c.name()));
			case ContactManagement.KIND -> contacts.find(new PersonId(id)).map(p -> person(id, p.name()));
			default -> Optional.empty();
		};
	}

	/** The live records among these ids, either kind (an id of both is the company's), in two queries. */
	public Map<UUID, MemberRecord> findAll(Collection<UUID> ids) {
		var found = new HashMap<UUID, MemberRecord>();
		var list = ids.stream().distinct().toList();
		contacts.findAll(list, PersonFilter.NONE).forEach(p -> found.put(p.id().value(), person(p.id().value(), p.name())));
		companies.findAll(list, CompanyFilter.NONE).forEach(c -> found.put(c.id().value(), company(c.id().value(), c.name())));
		return found;
	}

	/** The names of the live records among these ids, either kind. */
	public Map<UUID, String> names(Collection<UUID> ids) {
		var names = new HashMap<UUID, String>();
		findAll(ids).forEach((id, r) -> names.put(id, r.name()));
		return names;
	}

	public static String url(String kind, UUID id) {
		return (CompanyManagement.KIND.equals(kind) ? "/companies/" : "/contacts/") + id;
	}

	private static MemberRecord company(UUID id, String name) {
		return new MemberRecord(CompanyManagement.KIND, id, name, url(CompanyManagement.KIND, id));
	}

	private static MemberRecord person(UUID id, String name) {
		return new MemberRecord(ContactManagement.KIND, id, name, url(ContactManagement.KIND, id));
	}
}
