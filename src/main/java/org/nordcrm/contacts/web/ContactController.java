package org.nordcrm.contacts.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonFormOptions;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person pages: new contact (from a company's card it is linked at once) or private customer, the card,
 * editing in place, deleting.
 */
@Controller
@RequestMapping("/contacts")
class ContactController {

	private final ContactManagement contacts;
	private final CompanyManagement companies;
	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;
	private final List<RecordTab> tabs;
	private final TransactionTemplate tx;
	private final PersonFormOptions formOptions;

	ContactController(ContactManagement contacts, CompanyManagement companies, Registers registers,
			NumberSeriesManagement series, UserManagement users, List<RecordTab> tabs, TransactionTemplate tx,
			PersonFormOptions formOptions) {
		this.formOptions = formOptions;
		this.contacts = contacts;
		this.companies = companies;
		this.registers = registers;
		this.series = series;
		this.users = users;
		this.tabs = tabs;
		this.tx = tx;
	}

	private void options(Model model, Locale locale) {
		formOptions.fill(model, locale);
	}

	@GetMapping
	String list() {
		return "redirect:/search?kind=person";
	}

	@GetMapping("/new")
	String newPerson(@RequestParam(required = false) @Nullable CompanyId company, Model model, Locale locale) {
		model.addAttribute("form", PersonInput.empty());
		model.addAttribute("link", LinkInput.empty());
		if (company != null) {
			model.addAttribute("company", companies.get(company));
		}
		options(model, locale);
		return "contacts/new";
	}

	/** "Save" or "Save as private customer"; from a company's card the new person is linked to it in the same step. */
	@PostMapping
	String create(@ModelAttribute("form") PersonInput form, BindingResult result, @ModelAttribute("link") LinkInput link,
			BindingResult linkResult, @RequestParam(required = false) @Nullable CompanyId company, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!result.hasErrors() && !linkResult.hasErrors()) {
			try {
				var person = tx.execute(s -> {
					var created = contacts.create(form);
					if (company != null) {
						contacts.link(created.id(), new LinkInput(company, link.position(), link.roleId(), link.workPhone(),
								link.workEmail(), link.employed()));
					}
					return created;
				});
				flash.addFlashAttribute("flash", person.isPrivateCustomer() ? "contact.createdPrivate" : "contact.created");
				return company != null ? "redirect:/companies/" + company + "?tab=contacts" : "redirect:/contacts/" + person.id();
			}
			catch (InvalidInput e) {
				var linkFields = List.of("position", "roleId", "workPhone", "workEmail", "companyId");
				FormErrors.apply(new InvalidInput(e.errors().stream().filter(err -> !linkFields.contains(err.field())).toList()), result);
				FormErrors.apply(new InvalidInput(e.errors().stream().filter(err -> linkFields.contains(err.field())).toList()), linkResult);
			}
		}
		if (company != null) {
			model.addAttribute("company", companies.get(company));
		}
		options(model, locale);
		return "contacts/new";
	}

	@GetMapping("/{id}")
	String card(@PathVariable PersonId id, @RequestParam(required = false) @Nullable String tab, Model model) {
		card(model, id, tab);
		return "contacts/card";
	}

	@GetMapping("/{id}/facts")
	String facts(@PathVariable PersonId id, Model model) {
		facts(model, id);
		return "contacts/card :: facts";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable PersonId id, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var person = contacts.get(id);
		model.addAttribute("form", PersonInput.of(person));
		options(model, locale);
		if (htmx == null) {
			card(model, id, null);
			return "contacts/card";
		}
		model.addAttribute("person", person);
		return "contacts/card :: edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable PersonId id, @ModelAttribute("form") PersonInput form, BindingResult result, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				contacts.update(id, form);
				if (htmx == null) {
					flash.addFlashAttribute("flash", "contact.saved");
					return "redirect:/contacts/" + id;
				}
				facts(model, id);
				return "contacts/card :: facts";
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		options(model, locale);
		if (htmx == null) {
			card(model, id, null);
			return "contacts/card";
		}
		model.addAttribute("person", contacts.get(id));
		return "contacts/card :: edit";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable PersonId id, RedirectAttributes flash) {
		contacts.delete(id);
		flash.addFlashAttribute("flash", "contact.deleted");
		return "redirect:/search?kind=person";
	}

	private void card(Model model, PersonId id, @Nullable String tab) {
		var cardTabs = RecordTab.of(tabs, ContactManagement.KIND);
		model.addAttribute("tabs", cardTabs);
		model.addAttribute("tab", RecordTab.selected(cardTabs, tab));
		facts(model, id);
	}

	private void facts(Model model, PersonId id) {
		var person = contacts.get(id);
		model.addAttribute("person", person);
		model.addAttribute("owner", person.ownerId() == null ? null : users.find(person.ownerId()).orElse(null));
		model.addAttribute("personCategories", registers.categories(person.categoryIds()));
	}
}
