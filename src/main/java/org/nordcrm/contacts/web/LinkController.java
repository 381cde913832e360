package org.nordcrm.contacts.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.CompanyLink;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkId;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two sides of person-company links on the cards: a company's Contacts tab and a person's Companies tab,
 * each with "search, pick, add", changing a link in place, and unlinking. Every action answers with the tab.
 */
@Controller
class LinkController {

	private static final int PICKS = 8;

	private final ContactManagement contacts;
	private final CompanyManagement companies;
	private final Registers registers;
	private final SearchIndex index;

	LinkController(ContactManagement contacts, CompanyManagement companies, Registers registers, SearchIndex index) {
		this.contacts = contacts;
		this.companies = companies;
		this.registers = registers;
		this.index = index;
	}

	@GetMapping("/companies/{id}/contacts-tab")
	String contactsTab(@PathVariable CompanyId id, Model model) {
		model.addAttribute("company", companies.get(id));
		model.addAttribute("contacts", contacts.contactsOf(id));
		model.addAttribute("roles", registers.roles());
		return "contacts/tabs :: contacts";
	}

	@GetMapping("/contacts/{id}/companies-tab")
	String companiesTab(@PathVariable PersonId id, Model model) {
		model.addAttribute("person", contacts.get(id));
		model.addAttribute("companies", contacts.companiesOf(id));
		model.addAttribute("roles", registers.roles());
		return "contacts/tabs :: companies";
	}

	@GetMapping("/contacts/{id}/company-picker")
	String pickCompany(@PathVariable PersonId id, @RequestParam(defaultValue = "") String q, Model model) {
		contacts.get(id);
		var ids = index.find(q, List.of(CompanyManagement.KIND), PICKS).stream().map(SearchMatch::id).toList();
		model.addAttribute("picks", companies.findAll(ids, CompanyFilter.NONE).stream()
			.map(c -> new Pick(c.id().toString(), c.name(), c.customerNumber() + (c.city() == null ? "" : " · " + c.city())))
			.toList());
		return "contacts/tabs :: picks";
	}

	@GetMapping("/companies/{id}/person-picker")
	String pickPerson(@PathVariable CompanyId id, @RequestParam(defaultValue = "") String q, Model model) {
		companies.get(id);
		var ids = index.find(q, List.of(ContactManagement.KIND), PICKS).stream().map(SearchMatch::id).toList();
		var people = contacts.findAll(ids, PersonFilter.NONE);
		var workplaces = contacts.workplaces(people);
		model.addAttribute("picks", people.stream()
			.map(p -> new Pick(p.id().toString(), p.name(), workplaces.getOrDefault(p.id(),
					p.emails().isEmpty() ? "" : p.emails().getFirst())))
			.toList());
		return "contacts/tabs :: picks";
	}

	record Pick(String id, String name, String detail) {
	}

	@PostMapping("/contacts/{id}/links")
	String linkCompany(@PathVariable PersonId id, @ModelAttribute LinkInput input, Model model) {
		try {
			contacts.link(id, input);
		}
		catch (InvalidInput e) {
			model.addAttribute("linkError", e.errors().getFirst().messageKey());
		}
		return companiesTab(id, model);
	}

	@PostMapping("/companies/{id}/links")
	String linkPerson(@PathVariable CompanyId id, @RequestParam(required = false) @Nullable PersonId personId,
			@ModelAttribute LinkInput input, Model model) {
		try {
			if (personId == null) {
				throw InvalidInput.of("personId", "NotNull");
			}
			contacts.link(personId, new LinkInput(id, input.position(), input.roleId(), input.workPhone(), input.workEmail(),
					input.employed()));
		}
		catch (InvalidInput e) {
			model.addAttribute("linkError", e.errors().getFirst().messageKey());
		}
		return contactsTab(id, model);
	}

	/** Changes a link; {@code from} tells which card's tab to answer with ("company" or "person"). */
	@PostMapping("/contact-links/{id}")
	String updateLink(@PathVariable LinkId id, @ModelAttribute LinkInput input, @RequestParam(defaultValue = "person") String from, Model model) {
		var link = contacts.link(id);
		try {
			contacts.updateLink(id, new LinkInput(link.companyId(), input.position(), input.roleId(), input.workPhone(),
					input.workEmail(), input.employed() != null && input.employed()));
		}
		catch (InvalidInput e) {
			model.addAttribute("linkError", e.errors().getFirst().messageKey());
		}
		return tab(link, from, model);
	}

	@PostMapping("/contact-links/{id}/delete")
	String unlink(@PathVariable LinkId id, @RequestParam(defaultValue = "person") String from, Model model) {
		var link = contacts.link(id);
		contacts.unlink(id);
		return tab(link, from, model);
	}

	private String tab(CompanyLink link, String from, Model model) {
		return "company".equals(from) ? contactsTab(link.companyId(), model) : companiesTab(link.personId(), model);
	}
}
