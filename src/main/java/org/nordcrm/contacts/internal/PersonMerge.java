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
import org.nordcrm.merging.Mergeable;
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
class PersonMerge implements Mergeable {

	private static final String CATEGORIES = "categories", CHANNELS = "channels", LINKS = "links";

	private final DSLContext db;
	private final Persons persons;
	private final Links links;
	private final SearchIndex index;
	private final TableMerge<PersonRecord> rows;
	private final MergeForm<Person> form;

	PersonMerge(DSLContext db, Persons persons, Links links, SearchIndex index, UserManagement users, Formats formats) {
		this.db = db;
		this.persons = persons;
		this.links = links;
		this.index = index;
		this.rows = new TableMerge<>(db, PERSON, ContactManagement.KIND);
		this.form = new MergeForm<Person>()
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
	public String kind() {
		return ContactManagement.KIND;
	}

	@Override
	public String labelKey(String field) {
		return form.labelKey(field);
	}

	@Override
	public Comparison.Side side(UUID id) {
		return side(live(id));
	}

	@Override
	public Comparison compare(UUID a, UUID b) {
		var first = live(a);
		var second = live(b);
		return new Comparison(side(first), side(second), form.compare(first, second));
	}

	@Override
	public MergeChanges merge(UUID survivorId, int survivorVersion, UUID otherId, int otherVersion, Set<String> take) {
		var survivor = rows.lockLive(survivorId, survivorVersion);
		var other = rows.lockLive(otherId, otherVersion);
		var merge = rows.take(survivor, other, form.columns(take));
		var tenant = TenantContext.require().value();
		var s = PERSON_CATEGORY.as("s");
		var categories = db.select(PERSON_CATEGORY.CATEGORY_ID).from(PERSON_CATEGORY).where(PERSON_CATEGORY.PERSON_ID.eq(otherId))
			.andNotExists(db.selectOne().from(s).where(s.PERSON_ID.eq(survivorId).and(s.CATEGORY_ID.eq(PERSON_CATEGORY.CATEGORY_ID))))
			.fetch(PERSON_CATEGORY.CATEGORY_ID);
		categories.forEach(c -> db.insertInto(PERSON_CATEGORY).set(PERSON_CATEGORY.TENANT_ID, tenant)
			.set(PERSON_CATEGORY.PERSON_ID, survivorId).set(PERSON_CATEGORY.CATEGORY_ID, c).execute());
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
		var t = PERSON_COMPANY.as("t");
		var moved = db.update(PERSON_COMPANY).set(PERSON_COMPANY.PERSON_ID, survivorId)
			.set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
			.where(PERSON_COMPANY.PERSON_ID.eq(otherId))
			.andNotExists(db.selectOne().from(t).where(t.PERSON_ID.eq(survivorId).and(t.COMPANY_ID.eq(PERSON_COMPANY.COMPANY_ID))))
			.returning(PERSON_COMPANY.ID).fetch(PERSON_COMPANY.ID);
		rows.hide(other, survivorId);
		reindex(survivorId);
		index.remove(ContactManagement.KIND, otherId);
		return merge.changes(Map.of(CATEGORIES, strings(categories), CHANNELS, channels, LINKS, strings(moved)));
	}

	@Override
	public Set<String> undo(UUID survivorId, UUID otherId, MergeChanges changes) {
		var kept = rows.undo(survivorId, otherId, changes);
		var categories = uuids(changes.added(CATEGORIES));
		if (!categories.isEmpty()) {
			db.deleteFrom(PERSON_CATEGORY).where(PERSON_CATEGORY.PERSON_ID.eq(survivorId).and(PERSON_CATEGORY.CATEGORY_ID.in(categories)))
				.execute();
		}
		for (var ch : changes.added(CHANNELS)) {
			var kindAndPosition = ch.split(":");
			db.deleteFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.eq(survivorId).and(PERSON_CHANNEL.KIND.eq(kindAndPosition[0]))
				.and(PERSON_CHANNEL.POSITION.eq(Integer.parseInt(kindAndPosition[1])))).execute();
		}
		var moved = uuids(changes.added(LINKS));
		if (!moved.isEmpty()) {
			db.update(PERSON_COMPANY).set(PERSON_COMPANY.PERSON_ID, otherId).set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
				.where(PERSON_COMPANY.ID.in(moved).and(PERSON_COMPANY.PERSON_ID.eq(survivorId))).execute();
		}
		reindex(survivorId);
		reindex(otherId);
		return form.keys(kept);
	}

	private void reindex(UUID id) {
		var person = new PersonId(id);
		persons.find(person).ifPresent(p -> index.index(ContactManagement.KIND, id, ContactManagement.terms(p, links.ofPerson(person))));
	}

	private Person live(UUID id) {
		return persons.find(new PersonId(id)).orElseThrow(() -> new RecordNotFound(ContactManagement.KIND, id));
	}

	private static Comparison.Side side(Person p) {
		return new Comparison.Side(p.id().value(), p.name() + (p.customerNumber() == null ? "" : " (" + p.customerNumber() + ")"),
				"/contacts/" + p.id().value(), p.version());
	}

	static List<String> strings(List<UUID> ids) {
		return ids.stream().map(UUID::toString).toList();
	}

	static List<UUID> uuids(List<String> ids) {
		return ids.stream().map(UUID::fromString).toList();
	}
}
