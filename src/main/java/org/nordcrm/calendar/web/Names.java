package org.nordcrm.calendar.web;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.Appointment;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Formats;
import org.nordcrm.shell.Picked;
import org.springframework.stereotype.Component;

/** The names appointments' pages show for the ids they hold: companies, persons and users, read through their modules. */
@Component
class Names {

	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final UserManagement users;
	private final Formats fmt;

	Names(CompanyManagement companies, ContactManagement contacts, UserManagement users, Formats fmt) {
		this.companies = companies;
		this.contacts = contacts;
		this.users = users;
		this.fmt = fmt;
	}

	static ZoneId zone() {
		// a saved zone the JDK does not know (any more) is read as Oslo, as everywhere else
		return Formats.zone(CurrentUser.get().map(CrmUser::timeZone).orElse("Europe/Oslo"));
	}

	List<AppointmentView> views(Collection<Appointment> appointments) {
		var records = new HashSet<UUID>();
		for (var a : appointments) {
			if (a.companyId() != null) {
				records.add(a.companyId());
			}
			records.addAll(a.personIds());
			records.addAll(a.participantPersonIds());
		}
		var names = of(records);
		var zone = zone();
		return appointments.stream().map(a -> AppointmentView.of(a, zone, fmt, names)).toList();
	}

	/** Names of these companies and persons, and of every user. */
	Map<UUID, String> of(Collection<UUID> records) {
		var names = new HashMap<UUID, String>();
		users.list().forEach(u -> names.put(u.id().value(), u.name()));
		if (!records.isEmpty()) {
			names.putAll(companies.names(records));
			names.putAll(contacts.names(records));
		}
		return names;
	}

	List<User> activeUsers() {
		return users.list().stream().filter(User::active).toList();
	}

	/** The records of a form's picker, with their names. */
	List<Picked> picked(@Nullable List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		var names = of(ids);
		return ids.stream().filter(names::containsKey).map(id -> new Picked(id, names.get(id))).toList();
	}
}
