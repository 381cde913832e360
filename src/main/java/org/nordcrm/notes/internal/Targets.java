package org.nordcrm.notes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.notes.NoteTarget;
import org.springframework.stereotype.Component;

/**
 * The kinds of record notes can be written on, read through their modules' APIs: the one place a new kind (leads)
 * is added. Deleted records are not found, so their notes rest unseen until the record is restored.
 */
@Component
public class Targets {

	public static final List<String> KINDS = List.of(CompanyManagement.KIND, ContactManagement.KIND);

	private final CompanyManagement companies;
	private final ContactManagement contacts;

	Targets(CompanyManagement companies, ContactManagement contacts) {
		this.companies = companies;
		this.contacts = contacts;
	}

	public Optional<NoteTarget> find(String kind, UUID id) {
		return switch (kind) {
			case CompanyManagement.KIND -> companies.find(new CompanyId(id)).map(Targets::of);
			case ContactManagement.KIND -> contacts.find(new PersonId(id)).map(Targets::of);
			default -> Optional.empty();
		};
	}

	/** The records whose notes show on this one's card: itself, and for a person the companies they are linked to. */
	public List<NoteTarget> shownOn(NoteTarget target) {
		var all = new ArrayList<NoteTarget>();
		all.add(target);
		if (target.kind().equals(ContactManagement.KIND)) {
			contacts.companiesOf(new PersonId(target.id())).forEach(c -> all.add(of(c.company())));
		}
		return all;
	}

	/** Of the given records (id → kind), those that exist and are not deleted. */
	public Map<UUID, NoteTarget> alive(Map<UUID, String> records) {
		var result = new HashMap<UUID, NoteTarget>();
		companies.findAll(ids(records, CompanyManagement.KIND), CompanyFilter.NONE).forEach(c -> result.put(c.id().value(), of(c)));
		contacts.findAll(ids(records, ContactManagement.KIND), PersonFilter.NONE).forEach(p -> result.put(p.id().value(), of(p)));
		return result;
	}

	private static List<UUID> ids(Map<UUID, String> records, String kind) {
		return records.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
	}

	private static NoteTarget of(Company c) {
		return new NoteTarget(CompanyManagement.KIND, c.id().value(), c.name(), "/companies/" + c.id(), false);
	}

	private static NoteTarget of(Person p) {
		return new NoteTarget(ContactManagement.KIND, p.id().value(), p.name(), "/contacts/" + p.id(), p.isPrivateCustomer());
	}
}
