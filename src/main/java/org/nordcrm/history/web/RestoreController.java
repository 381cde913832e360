package org.nordcrm.history.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Restore customers": deleted companies and persons, who deleted them and when, and bringing one back. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RestoreController {

	static final int LIMIT = 200;

	/** A deleted record as the page lists it. */
	record Deleted(String kind, UUID id, String name, @Nullable String by, @Nullable Instant at) {
	}

	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final HistoryLog history;
	private final UserManagement users;

	RestoreController(CompanyManagement companies, ContactManagement contacts, HistoryLog history, UserManagement users) {
		this.companies = companies;
		this.contacts = contacts;
		this.history = history;
		this.users = users;
	}

	@GetMapping("/admin/restore")
	String list(Model model) {
		var records = new ArrayList<Deleted>();
		companies.deleted(LIMIT).forEach(c -> records.add(new Deleted("company", c.id().value(), c.name(), null, null)));
		contacts.deleted(LIMIT).forEach(p -> records.add(new Deleted("person", p.id().value(), p.name(), null, null)));
		var deletions = history.latest(records.stream().map(Deleted::id).toList(), "DELETED");
		var names = new HashMap<UUID, String>();
		users.list().forEach(u -> names.put(u.id().value(), u.name()));
		List<Deleted> withWho = records.stream().map(d -> {
			var e = deletions.get(d.id());
			return e == null ? d : new Deleted(d.kind(), d.id(), d.name(), e.actorId() == null ? null : names.get(e.actorId()),
					e.at().toInstant());
		}).sorted(Comparator.comparing(Deleted::at, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		model.addAttribute("deleted", withWho);
		return "history/restore";
	}

	@PostMapping("/admin/restore/{kind}/{id}")
	String restore(@PathVariable String kind, @PathVariable UUID id, RedirectAttributes flash) {
		var name = switch (kind) {
			case "company" -> companies.restore(new CompanyId(id)).name();
			case "person" -> contacts.restore(new PersonId(id)).name();
			default -> throw new RecordNotFound(kind, id);
		};
		flash.addFlashAttribute("flash", "restore.done");
		flash.addFlashAttribute("flashArgs", new Object[] { name });
		return "redirect:/admin/restore";
	}
}
