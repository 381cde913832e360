package org.nordcrm.calendar.internal;

import static org.nordcrm.jooq.Tables.APPOINTMENT;
import static org.nordcrm.jooq.Tables.APPOINTMENT_ATTENDEE_PERSON;
import static org.nordcrm.jooq.Tables.APPOINTMENT_ATTENDEE_USER;
import static org.nordcrm.jooq.Tables.APPOINTMENT_PERSON;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/**
 * The links of appointments to records, as a merge or an erasure sees them: a company on the appointment row, and
 * persons in two tables (linked, attending). A moved link is kept as {@code <where>:<appointment id>}.
 */
@Repository
class AppointmentLinks {

	private record PersonTable(String name, Table<?> table, TableField<?, UUID> appointment, TableField<?, UUID> person) {
	}

	private static final String COMPANY = "company";
	/** A link the survivor already had: the other's row was removed, an undo puts it back. */
	private static final String DUPLICATE = "-dup";
	private static final List<PersonTable> PERSONS = List.of(
			new PersonTable("person", APPOINTMENT_PERSON, APPOINTMENT_PERSON.APPOINTMENT_ID, APPOINTMENT_PERSON.PERSON_ID),
			new PersonTable("attendee", APPOINTMENT_ATTENDEE_PERSON, APPOINTMENT_ATTENDEE_PERSON.APPOINTMENT_ID,
					APPOINTMENT_ATTENDEE_PERSON.PERSON_ID));

	private final DSLContext db;

	AppointmentLinks(DSLContext db) {
		this.db = db;
	}

	List<String> moveCompany(UUID from, UUID to) {
		return db.update(APPOINTMENT).set(APPOINTMENT.COMPANY_ID, to).set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
			.where(APPOINTMENT.COMPANY_ID.eq(from)).returning(APPOINTMENT.ID).fetch(APPOINTMENT.ID)
			.stream().map(id -> COMPANY + ":" + id).toList();
	}

	List<String> movePerson(UUID from, UUID to) {
		var moved = new ArrayList<String>();
		for (var t : PERSONS) {
			var survivorHas = Set.copyOf(db.select(t.appointment()).from(t.table()).where(t.person().eq(to)).fetch(t.appointment()));
			for (var appointment : db.select(t.appointment()).from(t.table()).where(t.person().eq(from)).fetch(t.appointment())) {
				var row = t.appointment().eq(appointment).and(t.person().eq(from));
				if (survivorHas.contains(appointment)) {
					db.deleteFrom(t.table()).where(row).execute();
					moved.add(t.name() + DUPLICATE + ":" + appointment);
				}
				else {
					db.update(t.table()).set(t.person(), to).where(row).execute();
					moved.add(t.name() + ":" + appointment);
				}
			}
		}
		return moved;
	}

	void moveBack(UUID from, UUID to, List<String> moved) {
		var tenant = DSL.field(DSL.name("tenant_id"), UUID.class);
		for (var m : moved) {
			var where = m.substring(0, m.indexOf(':'));
			var appointment = UUID.fromString(m.substring(m.indexOf(':') + 1));
			if (where.equals(COMPANY)) {
				db.update(APPOINTMENT).set(APPOINTMENT.COMPANY_ID, from).set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
					.where(APPOINTMENT.ID.eq(appointment).and(APPOINTMENT.COMPANY_ID.eq(to))).execute();
				continue;
			}
			var t = PERSONS.stream().filter(p -> where.startsWith(p.name())).findFirst().orElseThrow();
			if (where.endsWith(DUPLICATE)) {
				db.insertInto(t.table()).set(tenant, TenantContext.require().value()).set(t.appointment(), appointment)
					.set(t.person(), from).onConflictDoNothing().execute();
			}
			else {
				db.update(t.table()).set(t.person(), from).where(t.appointment().eq(appointment).and(t.person().eq(to))).execute();
			}
		}
	}

	/** Removes an erased record's links; returns the appointments that concerned it. */
	Set<UUID> removeCompany(UUID company) {
		return new LinkedHashSet<>(db.update(APPOINTMENT).setNull(APPOINTMENT.COMPANY_ID).set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
			.where(APPOINTMENT.COMPANY_ID.eq(company)).returning(APPOINTMENT.ID).fetch(APPOINTMENT.ID));
	}

	Set<UUID> removePerson(UUID person) {
		var touched = new LinkedHashSet<UUID>();
		for (var t : PERSONS) {
			touched.addAll(db.deleteFrom(t.table()).where(t.person().eq(person)).returning(t.appointment()).fetch(t.appointment()));
		}
		return touched;
	}

	/** Of these appointments, those with no company, person or participant left: deleted for good; returns them. */
	List<UUID> deleteUnlinked(Set<UUID> appointments) {
		if (appointments.isEmpty()) {
			return List.of();
		}
		var orphans = db.select(APPOINTMENT.ID).from(APPOINTMENT).where(APPOINTMENT.ID.in(appointments).and(APPOINTMENT.COMPANY_ID.isNull())
			.and(DSL.notExists(DSL.selectOne().from(APPOINTMENT_PERSON).where(APPOINTMENT_PERSON.APPOINTMENT_ID.eq(APPOINTMENT.ID))))
			.and(DSL.notExists(DSL.selectOne().from(APPOINTMENT_ATTENDEE_PERSON).where(APPOINTMENT_ATTENDEE_PERSON.APPOINTMENT_ID.eq(APPOINTMENT.ID))))
			.and(DSL.notExists(DSL.selectOne().from(APPOINTMENT_ATTENDEE_USER).where(APPOINTMENT_ATTENDEE_USER.APPOINTMENT_ID.eq(APPOINTMENT.ID)))))
			.fetch(APPOINTMENT.ID);
		if (!orphans.isEmpty()) {
			db.deleteFrom(APPOINTMENT).where(APPOINTMENT.ID.in(orphans)).execute();
		}
		return orphans;
	}
}
