package org.nordcrm.contacts.internal;

import static org.nordcrm.jooq.Tables.PERSON;
import static org.nordcrm.jooq.Tables.PERSON_CATEGORY;
import static org.nordcrm.jooq.Tables.PERSON_CHANNEL;
import static org.nordcrm.jooq.Tables.PERSON_COMPANY;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.database.BulkInsert;
import org.nordcrm.jooq.tables.records.PersonCategoryRecord;
import org.nordcrm.jooq.tables.records.PersonChannelRecord;
import org.nordcrm.jooq.tables.records.PersonRecord;
import org.nordcrm.merging.TableMerge;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The person table with its channels (phones, mobiles, e-mails) and categories. Deleted persons are invisible. */
@Repository
public class Persons {

	private static final Condition LIVE = PERSON.DELETED_AT.isNull();
	/** Live persons that are no private-person leads: the lists and look-ups of the customer register. */
	private static final Condition CUSTOMERS = LIVE.and(PERSON.IS_LEAD.isFalse());
	private static final Condition DELETED = PERSON.DELETED_AT.isNotNull().and(PERSON.MERGED_INTO_ID.isNull());

	private final DSLContext db;

	Persons(DSLContext db) {
		this.db = db;
	}

	public Optional<Person> find(PersonId id) {
		return fetch(DSL.selectFrom(PERSON).where(PERSON.ID.eq(id.value()).and(LIVE))).stream().findFirst();
	}

	/** Live persons with any of these e-mail addresses (lower case; private or work) or customer numbers. */
	public List<Person> matching(Collection<String> emails, Collection<Long> numbers) {
		// one set of ids, each part through its own index (V0028); an OR of the three would read every person
		var parts = new ArrayList<Select<Record1<UUID>>>();
		if (!numbers.isEmpty()) {
			parts.add(DSL.select(PERSON.ID).from(PERSON).where(PERSON.CUSTOMER_NUMBER.in(numbers)));
		}
		if (!emails.isEmpty()) {
			parts.add(DSL.select(PERSON_CHANNEL.PERSON_ID).from(PERSON_CHANNEL)
				.where(PERSON_CHANNEL.KIND.eq("EMAIL").and(DSL.lower(PERSON_CHANNEL.VALUE).in(emails))));
			parts.add(DSL.select(PERSON_COMPANY.PERSON_ID).from(PERSON_COMPANY).where(DSL.lower(PERSON_COMPANY.WORK_EMAIL).in(emails)));
		}
		if (parts.isEmpty()) {
			return List.of();
		}
		var ids = parts.getFirst();
		for (var part : parts.subList(1, parts.size())) {
			ids = ids.union(part);
		}
		return fetch(DSL.selectFrom(PERSON).where(CUSTOMERS).and(PERSON.ID.in(ids)).orderBy(PERSON.ID));
	}

	public Map<UUID, String> names(Collection<UUID> ids) {
		var names = new HashMap<UUID, String>();
		db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME).from(PERSON).where(PERSON.ID.in(ids))
			.forEach(r -> names.put(r.value1(), (r.value2() + " " + r.value3()).strip()));
		return names;
	}

	public List<Person> findAll(List<UUID> ids, PersonFilter filter) {
		var found = fetch(DSL.selectFrom(PERSON).where(PERSON.ID.in(ids).and(LIVE).and(condition(filter))));
		var byId = new HashMap<UUID, Person>();
		found.forEach(p -> byId.put(p.id().value(), p));
		return ids.stream().map(byId::get).filter(p -> p != null).toList();
	}

	/**
	 * Not a contact person of lead companies only: one linked to a lead company and to no other company is a lead's
	 * contact (search finds it as such), not a customer's.
	 */
	private static Condition notOnlyAtLeads(Select<? extends Record1<UUID>> leadCompanies) {
		var atLead = PERSON_COMPANY.as("at_lead");
		var atOther = PERSON_COMPANY.as("at_other");
		return DSL.notExists(DSL.selectOne().from(atLead).where(atLead.PERSON_ID.eq(PERSON.ID))
			.and(atLead.COMPANY_ID.in(leadCompanies))
			.andNotExists(DSL.selectOne().from(atOther).where(atOther.PERSON_ID.eq(PERSON.ID))
				.and(atOther.COMPANY_ID.notIn(leadCompanies))));
	}

	public List<Person> page(PersonFilter filter, Select<? extends Record1<UUID>> leadCompanies, @Nullable UUID after, int limit) {
		return fetch(DSL.selectFrom(PERSON).where(CUSTOMERS).and(notOnlyAtLeads(leadCompanies)).and(condition(filter))
			.and(after == null ? DSL.noCondition() : PERSON.ID.gt(after)).orderBy(PERSON.ID).limit(limit + 1));
	}

	public List<Person> byName(PersonFilter filter, Select<? extends Record1<UUID>> leadCompanies, int limit) {
		return fetch(DSL.selectFrom(PERSON).where(CUSTOMERS).and(notOnlyAtLeads(leadCompanies)).and(condition(filter))
			.orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID).limit(limit));
	}

	private static Condition condition(PersonFilter f) {
		var c = DSL.noCondition();
		if (f.privateCustomers() != null) {
			c = c.and(f.privateCustomers() ? PERSON.CUSTOMER_NUMBER.isNotNull() : PERSON.CUSTOMER_NUMBER.isNull());
		}
		if (f.ownerId() != null) {
			c = c.and(PERSON.OWNER_ID.eq(f.ownerId().value()));
		}
		if (f.categoryId() != null) {
			c = c.andExists(DSL.selectOne().from(PERSON_CATEGORY)
				.where(PERSON_CATEGORY.PERSON_ID.eq(PERSON.ID).and(PERSON_CATEGORY.CATEGORY_ID.eq(f.categoryId().value()))));
		}
		return c;
	}

	public PersonId insert(@Nullable Long customerNumber, Person p) {
		var r = db.newRecord(PERSON);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setCustomerNumber(customerNumber);
		r.setIsLead(p.lead());
		fill(r, p);
		r.store();
		writeChildren(r.getId(), p);
		return new PersonId(r.getId());
	}

	/**
	 * Inserts new persons at once, {@code customerNumbers} beside them (null for none), with their phones, e-mails and
	 * categories: each table's rows copied in ({@link BulkInsert}). Their ids, in order.
	 */
	public List<PersonId> insertAll(List<@Nullable Long> customerNumbers, List<Person> people) {
		var tenant = TenantContext.require().value();
		var records = new ArrayList<PersonRecord>(people.size());
		var channels = new ArrayList<PersonChannelRecord>();
		var categories = new ArrayList<PersonCategoryRecord>();
		for (int i = 0; i < people.size(); i++) {
			var p = people.get(i);
			var r = db.newRecord(PERSON);
			r.setTenantId(tenant);
			r.setId(Ids.next());
			r.setCustomerNumber(customerNumbers.get(i));
			r.setIsLead(p.lead());
			fill(r, p);
			records.add(r);
			channels(channels, tenant, r.getId(), "PHONE", p.phones());
			channels(channels, tenant, r.getId(), "MOBILE", p.mobiles());
			channels(channels, tenant, r.getId(), "EMAIL", p.emails());
			for (var c : p.categoryIds().stream().map(CategoryId::value).distinct().toList()) {
				var pc = db.newRecord(PERSON_CATEGORY);
				pc.setTenantId(tenant);
				pc.setPersonId(r.getId());
				pc.setCategoryId(c);
				categories.add(pc);
			}
		}
		BulkInsert.records(db, PERSON, records, "");
		BulkInsert.records(db, PERSON_CHANNEL, channels, "");
		BulkInsert.records(db, PERSON_CATEGORY, categories, "");
		return records.stream().map(r -> new PersonId(r.getId())).toList();
	}

	private void channels(List<PersonChannelRecord> into, UUID tenant, UUID person, String kind, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			var c = db.newRecord(PERSON_CHANNEL);
			c.setTenantId(tenant);
			c.setPersonId(person);
			c.setKind(kind);
			c.setPosition(i);
			c.setValue(values.get(i));
			into.add(c);
		}
	}

	public boolean update(PersonId id, int version, @Nullable Long customerNumber, Person p) {
		var r = db.fetchOne(PERSON, PERSON.ID.eq(id.value()).and(LIVE));
		if (r == null || r.getVersion() != version) {
			return false;
		}
		fill(r, p);
		r.setCustomerNumber(customerNumber);
		r.setVersion(version + 1);
		r.setUpdatedAt(OffsetDateTime.now());
		r.store();
		writeChildren(id.value(), p);
		return true;
	}

	/** Makes a live private-person lead a private customer numbered {@code customerNumber}; false when it is no lead. */
	public boolean convertLead(PersonId id, long customerNumber) {
		return db.update(PERSON).set(PERSON.IS_LEAD, false).set(PERSON.CUSTOMER_NUMBER, customerNumber)
			.set(PERSON.VERSION, PERSON.VERSION.plus(1)).set(PERSON.UPDATED_AT, OffsetDateTime.now())
			.where(PERSON.ID.eq(id.value()).and(LIVE).and(PERSON.IS_LEAD.isTrue())).execute() == 1;
	}

	public boolean softDelete(PersonId id) {
		return db.update(PERSON).set(PERSON.DELETED_AT, OffsetDateTime.now()).set(PERSON.VERSION, PERSON.VERSION.plus(1))
			.where(PERSON.ID.eq(id.value()).and(LIVE)).execute() == 1;
	}

	/** A deleted (not merged-away) person's customer number, empty when a contact person has none. */
	public Optional<Optional<Long>> deletedNumber(PersonId id) {
		return db.select(PERSON.CUSTOMER_NUMBER).from(PERSON).where(PERSON.ID.eq(id.value()).and(DELETED))
			.fetchOptional(r -> Optional.ofNullable(r.value1()));
	}

	/** The name of the live person that has this customer number, if any. */
	public Optional<String> holderOf(long customerNumber) {
		return db.select(PERSON.FIRST_NAME, PERSON.LAST_NAME).from(PERSON).where(PERSON.CUSTOMER_NUMBER.eq(customerNumber).and(LIVE))
			.fetchOptional(r -> (r.value1() + " " + r.value2()).strip());
	}

	/** Makes a deleted person live again, with a new customer number when one is given. */
	public boolean restore(PersonId id, @Nullable Long newNumber) {
		return db.update(PERSON).setNull(PERSON.DELETED_AT).set(PERSON.VERSION, PERSON.VERSION.plus(1))
			.set(PERSON.CUSTOMER_NUMBER, newNumber == null ? PERSON.CUSTOMER_NUMBER : DSL.val(newNumber))
			.where(PERSON.ID.eq(id.value()).and(DELETED)).execute() == 1;
	}

	/**
	 * Deletes a deleted person's row for good, with those merged into it (the same person), and their channels,
	 * categories and links (first, so that each one's history ends with the erasure); returns the ids erased.
	 */
	public List<UUID> erase(PersonId id) {
		var ids = new TableMerge<>(db, PERSON, "person").withMergedIn(id.value());
		for (var child : List.of(PERSON_CHANNEL.PERSON_ID, PERSON_CATEGORY.PERSON_ID, PERSON_COMPANY.PERSON_ID)) {
			db.deleteFrom(child.getTable()).where(child.in(ids)).execute();
		}
		db.deleteFrom(PERSON).where(PERSON.ID.in(ids).and(PERSON.DELETED_AT.isNotNull())).execute();
		return ids;
	}

	public Optional<Person> findDeleted(PersonId id) {
		return fetch(DSL.selectFrom(PERSON).where(PERSON.ID.eq(id.value()).and(DELETED))).stream().findFirst();
	}

	/** Deleted persons, most recently deleted first; merged-away ones are undone from history, not restored. */
	public List<Person> deleted(int limit) {
		return fetch(DSL.selectFrom(PERSON).where(DELETED).orderBy(PERSON.DELETED_AT.desc()).limit(limit));
	}

	private void writeChildren(UUID person, Person p) {
		var tenant = TenantContext.require().value();
		var current = channels(List.of(person)).getOrDefault(person, Map.of());
		channel(tenant, person, "PHONE", current.getOrDefault("PHONE", List.of()), p.phones());
		channel(tenant, person, "MOBILE", current.getOrDefault("MOBILE", List.of()), p.mobiles());
		channel(tenant, person, "EMAIL", current.getOrDefault("EMAIL", List.of()), p.emails());
		var wanted = p.categoryIds().stream().map(CategoryId::value).toList();
		db.deleteFrom(PERSON_CATEGORY).where(PERSON_CATEGORY.PERSON_ID.eq(person))
			.and(wanted.isEmpty() ? DSL.noCondition() : PERSON_CATEGORY.CATEGORY_ID.notIn(wanted))
			.execute();
		for (var c : wanted) {
			db.insertInto(PERSON_CATEGORY).set(PERSON_CATEGORY.TENANT_ID, tenant).set(PERSON_CATEGORY.PERSON_ID, person)
				.set(PERSON_CATEGORY.CATEGORY_ID, c).onConflictDoNothing().execute();
		}
	}

	private void channel(UUID tenant, UUID person, String kind, List<String> current, List<String> values) {
		if (current.equals(values)) {
			return;
		}
		db.deleteFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.eq(person).and(PERSON_CHANNEL.KIND.eq(kind))).execute();
		for (int i = 0; i < values.size(); i++) {
			db.insertInto(PERSON_CHANNEL).set(PERSON_CHANNEL.TENANT_ID, tenant).set(PERSON_CHANNEL.PERSON_ID, person)
				.set(PERSON_CHANNEL.KIND, kind).set(PERSON_CHANNEL.POSITION, i).set(PERSON_CHANNEL.VALUE, values.get(i)).execute();
		}
	}

	/** Every live person passing the filter in name order, {@code size} at a time, read with a cursor. */
	public void eachByName(PersonFilter filter, Select<? extends Record1<UUID>> leadCompanies, int size,
			Consumer<List<Person>> batch) {
		try (var cursor = db.selectFrom(PERSON).where(CUSTOMERS).and(notOnlyAtLeads(leadCompanies)).and(condition(filter))
			.orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID).fetchSize(size).fetchLazy()) {
			while (cursor.hasNext()) {
				batch.accept(map(cursor.fetchNext(size)));
			}
		}
	}

	private List<Person> fetch(ResultQuery<PersonRecord> query) {
		return map(db.fetch(query));
	}

	private List<Person> map(org.jooq.Result<PersonRecord> rows) {
		var ids = rows.getValues(PERSON.ID);
		var channels = channels(ids);
		var categories = categories(ids);
		return rows.map(r -> {
			var ch = channels.getOrDefault(r.getId(), Map.of());
			return new Person(new PersonId(r.getId()), r.getCustomerNumber(), r.getFirstName(), r.getLastName(), r.getTitle(),
					ch.getOrDefault("PHONE", List.of()), ch.getOrDefault("MOBILE", List.of()), ch.getOrDefault("EMAIL", List.of()),
					r.getBirthDate(), new Address(r.getStreet(), r.getPostcode(), r.getCity(), r.getCountry()), r.getNote(),
					r.getOwnerId() == null ? null : new UserId(r.getOwnerId()), categories.getOrDefault(r.getId(), List.of()),
					r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(), r.getIsLead());
		});
	}

	private Map<UUID, Map<String, List<String>>> channels(Collection<UUID> persons) {
		var map = new HashMap<UUID, Map<String, List<String>>>();
		if (!persons.isEmpty()) {
			db.selectFrom(PERSON_CHANNEL).where(PERSON_CHANNEL.PERSON_ID.in(persons))
				.orderBy(PERSON_CHANNEL.PERSON_ID, PERSON_CHANNEL.KIND, PERSON_CHANNEL.POSITION)
				.forEach(r -> map.computeIfAbsent(r.getPersonId(), k -> new HashMap<>())
					.computeIfAbsent(r.getKind(), k -> new ArrayList<>()).add(r.getValue()));
		}
		return map;
	}

	private Map<UUID, List<CategoryId>> categories(Collection<UUID> persons) {
		var map = new HashMap<UUID, List<CategoryId>>();
		if (!persons.isEmpty()) {
			db.selectFrom(PERSON_CATEGORY).where(PERSON_CATEGORY.PERSON_ID.in(persons))
				.forEach(r -> map.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(new CategoryId(r.getCategoryId())));
		}
		return map;
	}

	private static void fill(PersonRecord r, Person p) {
		r.setFirstName(p.firstName());
		r.setLastName(p.lastName());
		r.setTitle(p.title());
		r.setBirthDate(p.birthDate());
		r.setStreet(p.address().street());
		r.setPostcode(p.address().postcode());
		r.setCity(p.address().city());
		r.setCountry(p.address().country());
		r.setNote(p.note());
		r.setOwnerId(p.ownerId() == null ? null : p.ownerId().value());
	}
}
