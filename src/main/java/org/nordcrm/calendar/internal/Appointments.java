package org.nordcrm.calendar.internal;

import static org.nordcrm.jooq.Tables.APPOINTMENT;
import static org.nordcrm.jooq.Tables.APPOINTMENT_ATTENDEE_PERSON;
import static org.nordcrm.jooq.Tables.APPOINTMENT_ATTENDEE_USER;
import static org.nordcrm.jooq.Tables.APPOINTMENT_PERSON;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.Appointment;
import org.nordcrm.calendar.AppointmentFilter;
import org.nordcrm.calendar.AppointmentId;
import org.nordcrm.jooq.tables.records.AppointmentRecord;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/**
 * The appointment table and its three link tables: persons it is about, attending users, attending persons. Every
 * read leaves deleted appointments out and returns appointments with their links.
 */
@Repository
public class Appointments {

	/** What a form or the API writes onto the appointment row. */
	public record Values(String title, @Nullable String place, @Nullable String description, boolean allDay,
			OffsetDateTime start, OffsetDateTime end, UserId owner, @Nullable UUID company) {
	}

	/** The links an appointment has, all replaced at once. */
	public record Links(Collection<UUID> persons, Collection<UUID> users, Collection<UUID> attendees) {
	}

	private final DSLContext db;

	Appointments(DSLContext db) {
		this.db = db;
	}

	public Optional<Appointment> find(AppointmentId id) {
		return fetch(APPOINTMENT.ID.eq(id.value()), List.of(), 1).stream().findFirst();
	}

	public AppointmentId insert(Values v, Links links) {
		var r = db.newRecord(APPOINTMENT);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		set(r, v);
		r.store();
		var id = new AppointmentId(r.getId());
		setLinks(id, links);
		return id;
	}

	/** Writes the values if the appointment is still at {@code version}; false when someone changed it meanwhile. */
	public boolean update(AppointmentId id, int version, Values v, Links links) {
		var r = db.selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id.value()).and(APPOINTMENT.VERSION.eq(version))
			.and(APPOINTMENT.DELETED_AT.isNull())).forUpdate().fetchOptional();
		if (r.isEmpty()) {
			return false;
		}
		set(r.get(), v);
		r.get().setVersion(version + 1);
		r.get().setUpdatedAt(OffsetDateTime.now());
		r.get().store();
		setLinks(id, links);
		return true;
	}

	/** Moves an appointment in time (a drag in the calendar) if it is still at {@code version}. */
	public boolean move(AppointmentId id, int version, OffsetDateTime start, OffsetDateTime end, boolean allDay) {
		return db.update(APPOINTMENT).set(APPOINTMENT.STARTS_AT, start).set(APPOINTMENT.ENDS_AT, end).set(APPOINTMENT.ALL_DAY, allDay)
			.set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1)).set(APPOINTMENT.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(APPOINTMENT.ID.eq(id.value()).and(APPOINTMENT.VERSION.eq(version)).and(APPOINTMENT.DELETED_AT.isNull()))
			.execute() == 1;
	}

	/** Gives these appointments a new owner in one statement (the trigger records each); returns how many changed. */
	public int changeOwner(Collection<UUID> ids, UserId owner) {
		return db.update(APPOINTMENT).set(APPOINTMENT.OWNER_ID, owner.value()).set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
			.set(APPOINTMENT.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(APPOINTMENT.ID.in(ids).and(APPOINTMENT.DELETED_AT.isNull()).and(APPOINTMENT.OWNER_ID.ne(owner.value())))
			.execute();
	}

	public boolean softDelete(AppointmentId id) {
		return db.update(APPOINTMENT).set(APPOINTMENT.DELETED_AT, DSL.currentOffsetDateTime()).set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
			.where(APPOINTMENT.ID.eq(id.value()).and(APPOINTMENT.DELETED_AT.isNull())).execute() == 1;
	}

	/** A page of appointments by the filter, newest first by id; {@code limit + 1} rows, to tell whether more exist. */
	public List<Appointment> page(AppointmentFilter f, @Nullable UUID after, int limit) {
		var where = new ArrayList<Condition>();
		if (f.recordId() != null) {
			where.add(concerns(f.recordId()));
		}
		if (f.ownerId() != null) {
			where.add(APPOINTMENT.OWNER_ID.eq(f.ownerId()));
		}
		if (f.participantId() != null) {
			where.add(attendedBy(APPOINTMENT_ATTENDEE_USER, APPOINTMENT_ATTENDEE_USER.USER_ID, List.of(f.participantId()))
				.or(attendedBy(APPOINTMENT_ATTENDEE_PERSON, APPOINTMENT_ATTENDEE_PERSON.PERSON_ID, List.of(f.participantId()))));
		}
		where.add(overlaps(f.from(), f.to()));
		if (after != null) {
			where.add(APPOINTMENT.ID.lt(after));
		}
		return fetch(DSL.and(where), List.of(APPOINTMENT.ID.desc()), limit + 1);
	}

	/** A record's appointments: those still to end soonest first, or those ended latest first. */
	public List<Appointment> ofRecord(UUID record, boolean upcoming, OffsetDateTime now, int limit) {
		return upcoming ? fetch(concerns(record).and(APPOINTMENT.ENDS_AT.ge(now)), List.of(APPOINTMENT.STARTS_AT.asc()), limit)
				: fetch(concerns(record).and(APPOINTMENT.ENDS_AT.lt(now)), List.of(APPOINTMENT.STARTS_AT.desc()), limit);
	}

	/** A record's appointments starting before {@code before}, latest first (its activity timeline). */
	public List<Appointment> ofRecordBefore(UUID record, @Nullable OffsetDateTime before, int limit) {
		var when = before == null ? DSL.noCondition() : APPOINTMENT.STARTS_AT.lt(before);
		return fetch(concerns(record).and(when), List.of(APPOINTMENT.STARTS_AT.desc(), APPOINTMENT.ID.desc()), limit);
	}

	/** Appointments overlapping [from, to) that these users own or attend; everyone's when {@code users} is null. */
	public List<Appointment> inRange(@Nullable Collection<UUID> users, OffsetDateTime from, OffsetDateTime to, int limit) {
		var whose = users == null ? DSL.noCondition()
				: APPOINTMENT.OWNER_ID.in(users).or(attendedBy(APPOINTMENT_ATTENDEE_USER, APPOINTMENT_ATTENDEE_USER.USER_ID, users));
		return fetch(whose.and(overlaps(from, to)), List.of(APPOINTMENT.STARTS_AT.asc()), limit);
	}

	private void setLinks(AppointmentId id, Links links) {
		replace(APPOINTMENT_PERSON, APPOINTMENT_PERSON.APPOINTMENT_ID, APPOINTMENT_PERSON.PERSON_ID, id.value(), links.persons());
		replace(APPOINTMENT_ATTENDEE_USER, APPOINTMENT_ATTENDEE_USER.APPOINTMENT_ID, APPOINTMENT_ATTENDEE_USER.USER_ID, id.value(), links.users());
		replace(APPOINTMENT_ATTENDEE_PERSON, APPOINTMENT_ATTENDEE_PERSON.APPOINTMENT_ID, APPOINTMENT_ATTENDEE_PERSON.PERSON_ID, id.value(),
				links.attendees());
	}

	/** Makes the link rows of one appointment exactly {@code wanted}: only what changed is written (and so recorded). */
	private void replace(Table<?> table, TableField<?, UUID> owner, TableField<?, UUID> linked, UUID id, Collection<UUID> wanted) {
		var have = new HashSet<>(db.select(linked).from(table).where(owner.eq(id)).fetch(linked));
		var want = new LinkedHashSet<>(wanted);
		var gone = have.stream().filter(u -> !want.contains(u)).toList();
		if (!gone.isEmpty()) {
			db.deleteFrom(table).where(owner.eq(id).and(linked.in(gone))).execute();
		}
		var tenant = DSL.field(DSL.name("tenant_id"), UUID.class);
		for (var u : want) {
			if (!have.contains(u)) {
				db.insertInto(table).set(tenant, TenantContext.require().value()).set(owner, id).set(linked, u).execute();
			}
		}
	}

	private List<Appointment> fetch(Condition where, List<SortField<?>> order, int limit) {
		var rows = db.selectFrom(APPOINTMENT).where(where.and(APPOINTMENT.DELETED_AT.isNull())).orderBy(order).limit(limit).fetch();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.map(AppointmentRecord::getId);
		var persons = links(APPOINTMENT_PERSON.APPOINTMENT_ID, APPOINTMENT_PERSON.PERSON_ID, ids);
		var users = links(APPOINTMENT_ATTENDEE_USER.APPOINTMENT_ID, APPOINTMENT_ATTENDEE_USER.USER_ID, ids);
		var attendees = links(APPOINTMENT_ATTENDEE_PERSON.APPOINTMENT_ID, APPOINTMENT_ATTENDEE_PERSON.PERSON_ID, ids);
		return rows.map(r -> new Appointment(new AppointmentId(r.getId()), r.getTitle(), r.getPlace(), r.getDescription(),
				r.getAllDay(), r.getStartsAt(), r.getEndsAt(), new UserId(r.getOwnerId()), r.getCompanyId(),
				persons.getOrDefault(r.getId(), List.of()),
				users.getOrDefault(r.getId(), List.of()).stream().map(UserId::new).toList(),
				attendees.getOrDefault(r.getId(), List.of()), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion()));
	}

	private Map<UUID, List<UUID>> links(TableField<?, UUID> owner, TableField<?, UUID> linked, List<UUID> ids) {
		return db.select(owner, linked).from(owner.getTable()).where(owner.in(ids)).orderBy(linked)
			.fetch().stream().collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
	}

	static Condition concerns(UUID record) {
		return APPOINTMENT.COMPANY_ID.eq(record)
			.or(attendedBy(APPOINTMENT_PERSON, APPOINTMENT_PERSON.PERSON_ID, List.of(record)))
			.or(attendedBy(APPOINTMENT_ATTENDEE_PERSON, APPOINTMENT_ATTENDEE_PERSON.PERSON_ID, List.of(record)));
	}

	private static Condition attendedBy(Table<?> table, Field<UUID> linked, Collection<UUID> ids) {
		var appointment = DSL.field(DSL.name(table.getName(), "appointment_id"), UUID.class);
		return DSL.exists(DSL.selectOne().from(table).where(appointment.eq(APPOINTMENT.ID).and(linked.in(ids))));
	}

	private static Condition overlaps(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
		var c = DSL.noCondition();
		if (to != null) {
			c = c.and(APPOINTMENT.STARTS_AT.lt(to));
		}
		if (from != null) {
			c = c.and(APPOINTMENT.ENDS_AT.gt(from).or(APPOINTMENT.STARTS_AT.ge(from)));
		}
		return c;
	}

	private static void set(AppointmentRecord r, Values v) {
		r.setTitle(v.title());
		r.setPlace(v.place());
		r.setDescription(v.description());
		r.setAllDay(v.allDay());
		r.setStartsAt(v.start());
		r.setEndsAt(v.end());
		r.setOwnerId(v.owner().value());
		r.setCompanyId(v.company());
	}
}
