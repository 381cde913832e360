package org.nordcrm.history.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	String restore(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean renumber,
			RedirectAttributes flash) {
		try {
			var name = switch (kind) {
				case "company" -> companies.restore(new CompanyId(id), renumber).name();
				case "person" -> contacts.restore(new PersonId(id), renumber).name();
				default -> throw new RecordNotFound(kind, id);
			};
			flash.addFlashAttribute("flash", "restore.done");
			flash.addFlashAttribute("flashArgs", new Object[] { name });
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
			flash.addFlashAttribute("flashErrorArgs", e.errors().getFirst().args());
			flash.addFlashAttribute("renumber", id);
		}
		return "redirect:/admin/restore";
	}

	/** Erasing for good asks first, on a page of its own, naming what goes. */
	@GetMapping("/admin/erase/{kind}/{id}")
	String confirmErase(@PathVariable String kind, @PathVariable UUID id, Model model) {
		model.addAttribute("record", deleted(kind, id));
		return "history/erase";
	}

	@PostMapping("/admin/erase/{kind}/{id}")
	String erase(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm,
			Model model, RedirectAttributes flash) {
		var record = deleted(kind, id);
		if (!confirm) {
			model.addAttribute("record", record);
			model.addAttribute("error", "erase.error.confirm");
			return "history/erase";
		}
		if (kind.equals("company")) {
			companies.erase(new CompanyId(id));
		}
		else {
			contacts.erase(new PersonId(id));
		}
		flash.addFlashAttribute("flash", "erase.done");
		flash.addFlashAttribute("flashArgs", new Object[] { record.name() });
		return "redirect:/admin/restore";
	}

	private Deleted deleted(String kind, UUID id) {
		var name = switch (kind) {
			case "company" -> companies.findDeleted(new CompanyId(id)).map(c -> c.name());
			case "person" -> contacts.findDeleted(new PersonId(id)).map(p -> p.name());
			default -> Optional.<String>empty();
		};
		return new Deleted(kind, id, name.orElseThrow(() -> new RecordNotFound(kind, id)), null, null);
	}
}
