package org.nordcrm.leads.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.leads.Lead;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.leads.LeadManagement.Conversion;
import org.nordcrm.leads.OrganisationNumberTaken;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead on its card (its number, status, source and owner, and "Convert to customer"), the conversion dialog (the
 * customer number series with the customers each numbered last), the choice after it (open the customer, or register
 * a new lead), and the bulk conversion of the leads ticked in the list.
 */
@Controller
@RequestMapping("/leads")
class LeadConversionController {

	static final int LATEST = 5;

	private final LeadManagement leads;
	private final Registers registers;
	private final UserManagement users;

	LeadConversionController(LeadManagement leads, Registers registers, UserManagement users) {
		this.leads = leads;
		this.registers = registers;
		this.users = users;
	}

	@Bean
	static RecordSection companyLeadSection() {
		return new RecordSection.Simple("company", "lead", 0, "/leads/section/%s");
	}

	@Bean
	static RecordSection personLeadSection() {
		return new RecordSection.Simple("person", "lead", 0, "/leads/section/%s");
	}

	/** The lead's block on its card; nothing for a record that never was a lead. */
	@GetMapping("/section/{id}")
	String section(@PathVariable UUID id, Model model) {
		var lead = leads.onRecord(id);
		model.addAttribute("lead", lead);
		LeadNames.add(model, registers, users);
		return "leads/section :: section";
	}

	@PostMapping("/{id}/data")
	String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable LeadStatusId statusId,
			@RequestParam(required = false) @Nullable SourceId sourceId, @RequestParam(required = false) @Nullable UserId ownerId,
			@RequestParam(required = false) @Nullable Integer version, Model model) {
		try {
			leads.update(id, new LeadData(statusId, sourceId, ownerId, version));
		}
		catch (InvalidInput e) {
			model.addAttribute("error", e.errors().getFirst().messageKey());
		}
		return section(id, model);
	}

	@GetMapping("/{id}/convert")
	String dialog(@PathVariable UUID id, Model model) {
		return dialog(leads.get(id), null, model);
	}

	@PostMapping("/{id}/conversion")
	String convert(@PathVariable UUID id, @RequestParam(required = false) @Nullable NumberSeriesId numberSeriesId,
			Model model) {
		var lead = leads.get(id);
		try {
			var done = leads.convert(id, numberSeriesId);
			model.addAttribute("conversions", List.of(done));
			return "leads/converted";
		}
		catch (OrganisationNumberTaken e) {
			model.addAttribute("mergeInto", e);
			return dialog(lead, e, model);
		}
		catch (InvalidInput e) {
			return dialog(lead, e, model);
		}
	}

	@PostMapping("/conversions")
	String convertAll(@RequestParam(required = false) @Nullable List<UUID> ids,
			@RequestParam(required = false) @Nullable NumberSeriesId numberSeriesId, Model model, RedirectAttributes flash) {
		try {
			List<Conversion> done = leads.convertAll(ids == null ? List.of() : ids, numberSeriesId);
			model.addAttribute("conversions", done);
			return "leads/converted";
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("errors", e.errors());
			return "redirect:/leads";
		}
	}

	private String dialog(Lead lead, @Nullable InvalidInput error, Model model) {
		model.addAttribute("lead", lead);
		model.addAttribute("choices", leads.seriesChoices(LATEST));
		model.addAttribute("errors", error == null ? List.of() : error.errors());
		return "leads/convert";
	}
}
