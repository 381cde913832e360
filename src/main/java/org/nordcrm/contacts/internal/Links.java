package org.nordcrm.contacts.internal;

import static org.nordcrm.jooq.Tables.PERSON;
import static org.nordcrm.jooq.Tables.PERSON_COMPANY;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.contacts.CompanyLink;
import org.nordcrm.contacts.LinkId;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.database.BulkInsert;
import org.nordcrm.jooq.tables.records.PersonCompanyRecord;
import org.nordcrm.settings.ContactRoleId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** Links between persons and companies. */
@Repository
public class Links {

	private final DSLContext db;

	Links(DSLContext db) {
		this.db = db;
	}

	public Optional<CompanyLink> find(LinkId id) {
		return db.selectFrom(PERSON_COMPANY).where(PERSON_COMPANY.ID.eq(id.value())).fetchOptional(Links::toLink);
	}

	public List<CompanyLink> ofPerson(PersonId person) {
		return db.selectFrom(PERSON_COMPANY).where(PERSON_COMPANY.PERSON_ID.eq(person.value()))
			.orderBy(PERSON_COMPANY.CREATED_AT).fetch(Links::toLink);
	}

	/** The links of several persons, employed ones first, oldest first. */
	public List<CompanyLink> ofPersons(Collection<UUID> persons) {
		return persons.isEmpty() ? List.of() : db.selectFrom(PERSON_COMPANY).where(PERSON_COMPANY.PERSON_ID.in(persons))
			.orderBy(PERSON_COMPANY.EMPLOYED.desc(), PERSON_COMPANY.CREATED_AT).fetch(Links::toLink);
	}

	/** The links to a company of persons that are not deleted, by the persons' names. */
	public List<CompanyLink> ofCompany(CompanyId company) {
		return db.select(PERSON_COMPANY.fields()).from(PERSON_COMPANY)
			.join(PERSON).on(PERSON.TENANT_ID.eq(PERSON_COMPANY.TENANT_ID).and(PERSON.ID.eq(PERSON_COMPANY.PERSON_ID)))
			.where(PERSON_COMPANY.COMPANY_ID.eq(company.value()).and(PERSON.DELETED_AT.isNull()))
			.orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
			.fetchInto(PERSON_COMPANY).map(Links::toLink);
	}

	public boolean exists(PersonId person, CompanyId company) {
		return db.fetchExists(PERSON_COMPANY, PERSON_COMPANY.PERSON_ID.eq(person.value()).and(PERSON_COMPANY.COMPANY_ID.eq(company.value())));
	}

	public LinkId insert(CompanyLink link) {
		var r = db.newRecord(PERSON_COMPANY);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setPersonId(link.personId().value());
		r.setCompanyId(link.companyId().value());
		fill(r, link);
		r.store();
		return new LinkId(r.getId());
	}

	/** Inserts new links at once, copied in. Their ids, in order. */
	public List<LinkId> insertAll(List<CompanyLink> links) {
		var tenant = TenantContext.require().value();
		var records = links.stream().map(link -> {
			var r = db.newRecord(PERSON_COMPANY);
			r.setTenantId(tenant);
			r.setId(Ids.next());
			r.setPersonId(link.personId().value());
			r.setCompanyId(link.companyId().value());
			fill(r, link);
			return r;
		}).toList();
		BulkInsert.records(db, PERSON_COMPANY, records, "");
		return records.stream().map(r -> new LinkId(r.getId())).toList();
	}

	public void update(CompanyLink link) {
		var r = db.fetchSingle(PERSON_COMPANY, PERSON_COMPANY.ID.eq(link.id().value()));
		fill(r, link);
		r.setVersion(r.getVersion() + 1);
		r.store();
	}

	public void delete(LinkId id) {
		db.deleteFrom(PERSON_COMPANY).where(PERSON_COMPANY.ID.eq(id.value())).execute();
	}

	/**
	 * Moves the links of one person (side PERSON_ID) or company (side COMPANY_ID) to another, except links to what
	 * the other is linked to already; returns the ids of the links moved.
	 */
	public List<String> move(TableField<PersonCompanyRecord, UUID> side, UUID from, UUID to) {
		var across = side == PERSON_COMPANY.PERSON_ID ? PERSON_COMPANY.COMPANY_ID : PERSON_COMPANY.PERSON_ID;
		var t = PERSON_COMPANY.as("t");
		return db.update(PERSON_COMPANY).set(side, to).set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
			.where(side.eq(from))
			.andNotExists(db.selectOne().from(t).where(t.field(side).eq(to).and(t.field(across).eq(across))))
			.returning(PERSON_COMPANY.ID).fetch(PERSON_COMPANY.ID).stream().map(UUID::toString).toList();
	}

	/** Moves these links, where they still are on {@code to}, back to {@code from}. */
	public void moveBack(TableField<PersonCompanyRecord, UUID> side, UUID from, UUID to, List<String> moved) {
		if (!moved.isEmpty()) {
			db.update(PERSON_COMPANY).set(side, from).set(PERSON_COMPANY.VERSION, PERSON_COMPANY.VERSION.plus(1))
				.where(PERSON_COMPANY.ID.in(moved.stream().map(UUID::fromString).toList()).and(side.eq(to))).execute();
		}
	}

	private static void fill(PersonCompanyRecord r, CompanyLink l) {
		r.setPosition(l.position());
		r.setRoleId(l.roleId() == null ? null : l.roleId().value());
		r.setWorkPhone(l.workPhone());
		r.setWorkEmail(l.workEmail());
		r.setEmployed(l.employed());
	}

	private static CompanyLink toLink(PersonCompanyRecord r) {
		return new CompanyLink(new LinkId(r.getId()), new PersonId(r.getPersonId()), new CompanyId(r.getCompanyId()), r.getPosition(),
				r.getRoleId() == null ? null : new ContactRoleId(r.getRoleId()), r.getWorkPhone(), r.getWorkEmail(), r.getEmployed(),
				r.getVersion());
	}
}
