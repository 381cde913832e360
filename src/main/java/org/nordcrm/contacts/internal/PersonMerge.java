package org.nordcrm.contacts.internal;

import static org.nordcrm.jooq.Tables.PERSON;
import static org.nordcrm.jooq.Tables.PERSON_CATEGORY;
import static org.nordcrm.jooq.Tables.PERSON_CHANNEL;
import static org.nordcrm.jooq.Tables.PERSON_COMPANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.jooq.tables.records.PersonRecord;
import org.nordcrm.merging.Comparison;
import org.nordcrm.merging.MergeChanges;
import org.nordcrm.merging.MergeForm;
import org.nordcrm.merging.FormMergeable;
import org.nordcrm.merging.LinkRows;
import org.nordcrm.merging.TableMerge;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Formats;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Merging two persons: the survivor takes the chosen fields, gets the other's phones, e-mails and categories it
 * lacks and the other's links to companies it is not linked to already; the other person is hidden.
 */
@Component
class PersonMerge extends FormMergeable<Person> {

	private static final String CATEGORIES = "categories", CHANNELS = "channels", LINKS = "links";

	private final DSLContext db;
	private final Persons persons;
	private final Links links;
	private final SearchIndex index;
	private final TableMerge<PersonRecord> rows;
	private final LinkRows categories;

	PersonMerge(DSLContext db, Persons persons, Links links, SearchIndex index, UserManagement users, Formats formats) {
		super(ContactManagement.KIND, form(users, formats));
		this.db = db;
		this.persons = persons;
		this.links = links;
		this.index = index;
		this.rows = new TableMerge<>(db, PERSON, ContactManagement.KIND);
		this.categories = new LinkRows(db, PERSON_CATEGORY, PERSON_CATEGORY.PERSON_ID, PERSON_CATEGORY.CATEGORY_ID);
	}

	private static MergeForm<Person> form(UserManagement users, Formats formats) {
		return new MergeForm<Person>()
			.field("customerNumber", "company.customerNumber", Person::customerNumber, PERSON.CUSTOMER_NUMBER)
			.field("name", "company.name", Person::name, PERSON.FIRST_NAME, PERSON.LAST_NAME)
			.field("title", "contact.title", Person::title, PERSON.TITLE)
			.field("birthDate", "contact.birthDate", p -> formats.date(p.birthDate()), PERSON.BIRTH_DATE)
			.field("address", "contact.address", p -> p.address().oneLine(), PERSON.STREET, PERSON.POSTCODE, PERSON.CITY,
					PERSON.COUNTRY)
			.field("owner", "company.owner",
					p -> p.ownerId() == null ? null : users.find(p.ownerId()).map(u -> u.name()).orElse(null), PERSON.OWNER_ID)
			.field("note", "company.note", Person::note, PERSON.NOTE);
	}

	@Override
	public MergeChanges merge(UUID survivorId, int survivorVersion, UUID otherId, int otherVersion, Set<String> take) {
		var survivor = rows.lockLive(survivorId, survivorVersion);
		var other = rows.lockLive(otherId, otherVersion);
		var merge = rows.take(survivor, other, form.columns(take));
		var tenant = TenantContext.require().value();
		var categories = this.categories.addMissing(survivorId, otherId);
		var channels = new ArrayList<String>();
		var have = db.selectFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.eq(survivorId)).fetch();
		int position = have.stream().mapToInt(r -> r.getPosition()).max().orElse(-1) + 1;
		for (var ch : db.selectFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.eq(otherId)).orderBy(PERSON_CHANNEL.POSITION)) {
			if (have.stream().noneMatch(h -> h.getKind().equals(ch.getKind()) && h.getValue().equalsIgnoreCase(ch.getValue()))) {
				db.insertInto(PERSON_CHANNEL).set(PERSON_CHANNEL.TENANT_ID, tenant).set(PERSON_CHANNEL.PERSON_ID, survivorId)
					.set(PERSON_CHANNEL.KIND, ch.getKind()).set(PERSON_CHANNEL.POSITION, position++)
					.set(PERSON_CHANNEL.VALUE, ch.getValue()).execute();
				channels.add(ch.getKind() + ":" + (position - 1));
			}
		}
		var moved = links.move(PERSON_COMPANY.PERSON_ID, otherId, survivorId);
		rows.hide(other, survivorId);
		reindex(survivorId);
		index.remove(ContactManagement.KIND, otherId);
		return merge.changes(Map.of(CATEGORIES, categories, CHANNELS, channels, LINKS, moved));
	}

	@Override
	public Set<String> undo(UUID survivorId, UUID otherId, MergeChanges changes) {
		var kept = rows.undo(survivorId, otherId, changes);
		categories.remove(survivorId, changes.added(CATEGORIES));
		for (var ch : changes.added(CHANNELS)) {
			var kindAndPosition = ch.split(":");
			db.deleteFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.eq(survivorId).and(PERSON_CHANNEL.KIND.eq(kindAndPosition[0]))
				.and(PERSON_CHANNEL.POSITION.eq(Integer.parseInt(kindAndPosition[1])))).execute();
		}
		links.moveBack(PERSON_COMPANY.PERSON_ID, otherId, survivorId, changes.added(LINKS));
		reindex(survivorId);
		reindex(otherId);
		return form.keys(kept);
	}

	private void reindex(UUID id) {
		var person = new PersonId(id);
		persons.find(person).ifPresent(p -> index.index(ContactManagement.KIND, id, ContactManagement.terms(p, links.ofPerson(person))));
	}

	@Override
	protected Person live(UUID id) {
		return persons.find(new PersonId(id)).orElseThrow(() -> new RecordNotFound(ContactManagement.KIND, id));
	}

	@Override
	protected Comparison.Side side(Person p) {
		return new Comparison.Side(p.id().value(), p.name() + (p.customerNumber() == null ? "" : " (" + p.customerNumber() + ")"),
				"/contacts/" + p.id().value(), p.version());
	}
}
