package org.nordcrm.leads.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyFormOptions;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.contacts.PersonFormOptions;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadFilter;
import org.nordcrm.leads.LeadKind;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leads list (search, filters, bulk conversion) and "New lead": a company or a private person, chosen in a
 * drop-down, registered with the customer register's own form plus the lead's status (and source, for a person).
 */
@Controller
@RequestMapping("/leads")
class LeadController {

	static final int LIST = 200;

	/** What the lead form adds to the company or person form (named apart from their own status and source). */
	record LeadFields(@Nullable LeadStatusId leadStatusId, @Nullable SourceId leadSourceId) {
	}

	private final LeadManagement leads;
	private final Registers registers;
	private final UserManagement users;
	private final CompanyFormOptions companyOptions;
	private final PersonFormOptions personOptions;

	LeadController(LeadManagement leads, Registers registers, UserManagement users, CompanyFormOptions companyOptions,
			PersonFormOptions personOptions) {
		this.leads = leads;
		this.registers = registers;
		this.users = users;
		this.companyOptions = companyOptions;
		this.personOptions = personOptions;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable LeadKind kind,
			@RequestParam(required = false) @Nullable UUID status, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable UUID source,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var text = q == null || q.isBlank() ? null : q.strip();
		var filter = new LeadFilter(text, kind, status == null ? null : new LeadStatusId(status),
				owner == null ? null : new UserId(owner), source == null ? null : new SourceId(source), false);
		var page = leads.page(filter, null, LIST);
		model.addAttribute("leads", page.items());
		model.addAttribute("more", page.next() != null);
		model.addAttribute("q", text);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", LeadKind.values());
		model.addAttribute("status", status);
		model.addAttribute("owner", owner);
		model.addAttribute("source", source);
		names(model);
		model.addAttribute("choices", leads.seriesChoices(0));
		return htmx != null ? "leads/list :: results" : "leads/list";
	}

	@GetMapping("/new")
	String newLead(@RequestParam(defaultValue = "COMPANY") LeadKind kind, Model model, Locale locale) {
		model.addAttribute("lead", new LeadFields(leads.defaultStatus(), null));
		if (kind == LeadKind.COMPANY) {
			model.addAttribute("form", CompanyInput.empty());
		}
		else {
			model.addAttribute("form", PersonInput.empty());
		}
		return form(kind, model, locale);
	}

	@PostMapping("/companies")
	String createCompany(@ModelAttribute("form") CompanyInput form, BindingResult result,
			@ModelAttribute("lead") LeadFields lead, BindingResult leadResult, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!result.hasErrors() && !leadResult.hasErrors()) {
			try {
				var created = leads.registerCompany(form, new LeadData(lead.leadStatusId(), form.sourceId(), form.ownerId(), null));
				flash.addFlashAttribute("flash", "lead.created");
				return "redirect:" + created.url();
			}
			catch (InvalidInput e) {
				applyErrors(e, result, leadResult);
			}
		}
		return form(LeadKind.COMPANY, model, locale);
	}

	@PostMapping("/private")
	String createPrivate(@ModelAttribute("form") PersonInput form, BindingResult result,
			@ModelAttribute("lead") LeadFields lead, BindingResult leadResult, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!result.hasErrors() && !leadResult.hasErrors()) {
			try {
				var created = leads.registerPrivate(form, new LeadData(lead.leadStatusId(), lead.leadSourceId(), form.ownerId(), null));
				flash.addFlashAttribute("flash", "lead.created");
				return "redirect:" + created.url();
			}
			catch (InvalidInput e) {
				applyErrors(e, result, leadResult);
			}
		}
		return form(LeadKind.PRIVATE, model, locale);
	}

	private String form(LeadKind kind, Model model, Locale locale) {
		if (kind == LeadKind.COMPANY) {
			companyOptions.fill(model, locale);
		}
		else {
			personOptions.fill(model, locale);
		}
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", LeadKind.values());
		names(model);
		return "leads/new";
	}

	/** The lead statuses, sources and users, for the filters and forms, and their names by id for the list. */
	private void names(Model model) {
		LeadNames.add(model, registers, users);
	}

	/** A refusal's errors beside their fields: the lead's own status and source on the lead part of the form. */
	private static void applyErrors(InvalidInput e, BindingResult form, BindingResult lead) {
		for (var err : e.errors()) {
			var own = err.field() != null && err.field().startsWith("lead");
			FormErrors.apply(new InvalidInput(List.of(err)), own ? lead : form);
		}
	}
}
