package org.nordcrm.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.internal.Appointments;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.UserGroup;
import org.nordcrm.settings.UserGroupId;
import org.nordcrm.settings.UserGroups;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments of the current tenant. Every user of the tenant sees and books every appointment (a shared
 * calendar for the whole sales team); the linked company and persons and the participants are checked live
 * through their modules, so one of another tenant or a deleted one is refused like an unknown one.
 */
@Service
@Transactional
public class AppointmentManagement {

	public static final String KIND = "appointment";
	public static final int MAX_TITLE = 200;
	public static final int MAX_PLACE = 200;
	public static final int MAX_DESCRIPTION = 10_000;
	public static final int MAX_LINKS = 100;
	/** The most a calendar view or a card's list holds. */
	public static final int MAX_SHOWN = 2000;

	private final Appointments appointments;
	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final UserManagement users;
	private final UserGroups groups;

	AppointmentManagement(Appointments appointments, CompanyManagement companies, ContactManagement contacts,
			UserManagement users, UserGroups groups) {
		this.appointments = appointments;
		this.companies = companies;
		this.contacts = contacts;
		this.users = users;
		this.groups = groups;
	}

	@Transactional(readOnly = true)
	public Appointment get(AppointmentId id) {
		return appointments.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	@Transactional(readOnly = true)
	public CursorPage<Appointment> page(AppointmentFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw InvalidInput.of("to", "calendar.error.endBeforeStart");
		}
		return CursorPage.of(appointments.page(filter, CursorPage.uuid(after), n), n, a -> a.id().toString());
	}

	/** A live company or person appointments can be linked to; a deleted one or another tenant's is not found. */
	@Transactional(readOnly = true)
	public LinkedRecord record(String kind, UUID id) {
		return findRecord(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
	}

	@Transactional(readOnly = true)
	public Optional<LinkedRecord> findRecord(String kind, UUID id) {
		return switch (kind) {
			case CompanyManagement.KIND -> companies.find(new CompanyId(id)).map(c -> new LinkedRecord(kind, id, c.name(), "/companies/" + id));
			case ContactManagement.KIND -> contacts.find(new PersonId(id)).map(p -> new LinkedRecord(kind, id, p.name(), "/contacts/" + id));
			default -> Optional.empty();
		};
	}

	/** A record's appointments: still to come (or going on) soonest first, or past ones latest first. */
	@Transactional(readOnly = true)
	public List<Appointment> ofRecord(LinkedRecord record, boolean upcoming, int limit) {
		return appointments.ofRecord(record.id(), upcoming, OffsetDateTime.now(), limit);
	}

	/** A record's appointments starting before {@code before}, latest first. */
	@Transactional(readOnly = true)
	public List<Appointment> ofRecordBefore(LinkedRecord record, @Nullable Instant before, int limit) {
		return appointments.ofRecordBefore(record.id(), before == null ? null : before.atOffset(ZoneOffset.UTC), limit);
	}

	/** Appointments overlapping [from, to) that these users own or attend; everyone's when {@code users} is null. */
	@Transactional(readOnly = true)
	public List<Appointment> inRange(@Nullable Collection<UserId> users, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw InvalidInput.of("end", "calendar.error.endBeforeStart");
		}
		return appointments.inRange(users == null ? null : users.stream().map(UserId::value).toList(), from.atOffset(ZoneOffset.UTC),
				to.atOffset(ZoneOffset.UTC), MAX_SHOWN);
	}

	/** The members of a user group and of its sub-groups. */
	@Transactional(readOnly = true)
	public List<UserId> members(UserGroupId group) {
		var found = new LinkedHashSet<UserId>();
		collect(groups.get(group), found);
		return List.copyOf(found);
	}

	public Appointment create(AppointmentInput in) {
		var checks = new Checks();
		var values = values(in, checks, null);
		var links = links(in, checks);
		checks.done();
		return get(appointments.insert(values, links));
	}

	public Appointment update(AppointmentId id, AppointmentInput in) {
		var current = get(id);
		var checks = new Checks();
		var values = values(in, checks, current.ownerId());
		var links = links(in, checks);
		checks.done();
		if (!appointments.update(id, in.version() == null ? current.version() : in.version(), values, links)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return get(id);
	}

	/** Moves an appointment in time, as a drag in the calendar does; refused when someone changed it meanwhile. */
	public Appointment move(AppointmentId id, @Nullable Integer version, @Nullable Instant start, @Nullable Instant end, boolean allDay) {
		var current = get(id);
		var checks = new Checks();
		if (start == null) {
			checks.error("start", "validation.required");
		}
		var until = end == null && start != null ? start.plus(allDay ? java.time.Duration.ofDays(1) : current.allDay() ? java.time.Duration.ofHours(1) : current.duration()) : end;
		if (start != null && until != null && until.isBefore(start)) {
			checks.error("end", "calendar.error.endBeforeStart");
		}
		checks.done();
		if (!appointments.move(id, version == null ? current.version() : version, start.atOffset(ZoneOffset.UTC),
				until.atOffset(ZoneOffset.UTC), allDay)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return get(id);
	}

	public void delete(AppointmentId id) {
		get(id);
		appointments.softDelete(id);
	}

	/** Gives the appointments a new owner in one step: all or none; returns how many changed hands. */
	public int changeOwner(@Nullable Collection<AppointmentId> ids, @Nullable UUID owner) {
		var checks = new Checks();
		if (ids == null || ids.isEmpty()) {
			checks.error("ids", "calendar.error.noneChosen");
		}
		else if (ids.size() > CursorPage.MAX_LIMIT) {
			checks.error("ids", "validation.tooMany", CursorPage.MAX_LIMIT);
		}
		var user = user(checks, "ownerId", owner);
		checks.done();
		for (var id : ids) {
			get(id);
		}
		return appointments.changeOwner(ids.stream().map(AppointmentId::value).toList(), user);
	}

	private Appointments.Values values(AppointmentInput in, Checks checks, @Nullable UserId currentOwner) {
		var title = checks.required("title", in.title(), MAX_TITLE);
		var place = checks.optional("place", in.place(), MAX_PLACE);
		var description = checks.optional("description", in.description(), MAX_DESCRIPTION);
		OffsetDateTime start = null;
		OffsetDateTime end = null;
		if (in.isAllDay()) {
			if (in.startDate() == null) {
				checks.error("startDate", "validation.required");
			}
			else {
				var last = in.endDate() == null ? in.startDate() : in.endDate();
				if (last.isBefore(in.startDate())) {
					checks.error("endDate", "calendar.error.endBeforeStart");
				}
				start = in.startDate().atStartOfDay().atOffset(ZoneOffset.UTC);
				end = last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
		}
		else {
			if (in.start() == null) {
				checks.error("start", "validation.required");
			}
			if (in.end() == null) {
				checks.error("end", "validation.required");
			}
			if (in.start() != null && in.end() != null) {
				if (in.end().isBefore(in.start())) {
					checks.error("end", "calendar.error.endBeforeStart");
				}
				start = in.start();
				end = in.end();
			}
		}
		UserId owner = in.ownerId() == null && currentOwner != null ? currentOwner : user(checks, "ownerId", in.ownerId() == null ? TenantContext.actor() : in.ownerId());
		UUID company = null;
		if (in.companyId() != null) {
			if (companies.find(new CompanyId(in.companyId())).isEmpty()) {
				checks.error("companyId", "validation.unknown");
			}
			company = in.companyId();
		}
		var now = OffsetDateTime.now();
		return new Appointments.Values(title, place, description, in.isAllDay(), start == null ? now : start, end == null ? now : end,
				owner == null ? new UserId(new UUID(0, 0)) : owner, company);
	}

	private Appointments.Links links(AppointmentInput in, Checks checks) {
		var persons = distinct(checks, "personIds", in.personIds());
		var people = distinct(checks, "participantPersonIds", in.participantPersonIds());
		var userIds = distinct(checks, "participantUserIds", in.participantUserIds());
		for (var p : union(persons, people)) {
			if (contacts.find(new PersonId(p)).isEmpty()) {
				checks.error(persons.contains(p) ? "personIds" : "participantPersonIds", "validation.unknown");
			}
		}
		for (var u : userIds) {
			user(checks, "participantUserIds", u);
		}
		return new Appointments.Links(persons, userIds, people);
	}

	private static List<UUID> distinct(Checks checks, String field, @Nullable List<UUID> ids) {
		if (ids == null) {
			return List.of();
		}
		var set = new LinkedHashSet<UUID>();
		ids.stream().filter(java.util.Objects::nonNull).forEach(set::add);
		if (set.size() > MAX_LINKS) {
			checks.error(field, "validation.tooMany", MAX_LINKS);
		}
		return List.copyOf(set);
	}

	private static List<UUID> union(List<UUID> a, List<UUID> b) {
		var all = new ArrayList<>(a);
		b.stream().filter(x -> !a.contains(x)).forEach(all::add);
		return all;
	}

	private @Nullable UserId user(Checks checks, String field, @Nullable UUID id) {
		if (id == null) {
			return checks.error(field, "validation.required");
		}
		var user = users.find(new UserId(id)).filter(u -> u.active());
		if (user.isEmpty() && !checks.has(field)) {
			return checks.error(field, "validation.unknown");
		}
		return user.map(u -> u.id()).orElse(null);
	}

	private static void collect(UserGroup group, LinkedHashSet<UserId> found) {
		group.members().forEach(m -> found.add(m.userId()));
		group.children().forEach(c -> collect(c, found));
	}
}
