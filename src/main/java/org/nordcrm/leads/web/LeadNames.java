package org.nordcrm.leads.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.springframework.ui.Model;

/** The choices of the lead pages (statuses, sources, users) and their names by id, to show a lead's. */
final class LeadNames {

	private LeadNames() {
	}

	static void add(Model model, Registers registers, UserManagement users) {
		var statuses = registers.list(NamedRegister.LEAD_STATUSES);
		var sources = registers.list(NamedRegister.SOURCES);
		var people = users.list();
		model.addAttribute("leadStatuses", statuses);
		model.addAttribute("leadSources", sources);
		model.addAttribute("users", people);
		var names = new HashMap<UUID, String>();
		statuses.forEach(s -> names.put(s.id().value(), s.name()));
		sources.forEach(s -> names.put(s.id().value(), s.name()));
		people.forEach(u -> names.put(u.id().value(), u.name()));
		model.addAttribute("names", Map.copyOf(names));
	}
}
