package org.nordcrm.leads.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.leads.Lead;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadFilter;
import org.nordcrm.leads.LeadKind;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.leads.LeadManagement.Conversion;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Prospects (lead companies and private-person leads) outside the customer register, "
		+ "and their conversion to customers. A lead's company or person fields are changed through /api/v1/companies "
		+ "or /api/v1/contacts with the lead's id.")
@SecurityRequirement(name = "token")
class LeadApiController {

	/**
	 * A new lead: {@code kind} COMPANY with {@code company}, or PRIVATE with {@code person}, and the lead's status
	 * (the first of the register when left out), source and owner.
	 */
	record NewLead(@Nullable LeadKind kind, @Nullable CompanyInput company, @Nullable PersonInput person,
			@Nullable LeadStatusId statusId, @Nullable SourceId sourceId, @Nullable UserId ownerId) {
	}

	record LeadChange(@Nullable LeadStatusId statusId, @Nullable SourceId sourceId, @Nullable UserId ownerId,
			@Nullable Integer version) {
	}

	record ConversionRequest(@Nullable NumberSeriesId numberSeriesId) {
	}

	record BulkConversion(@Nullable List<UUID> ids, @Nullable NumberSeriesId numberSeriesId) {
	}

	private final LeadManagement leads;

	LeadApiController(LeadManagement leads) {
		this.leads = leads;
	}

	@GetMapping
	@Operation(summary = "Leads, newest first, a page at a time (pass 'next' as 'after'); 'q' searches their names, "
			+ "numbers, phones and e-mails; open leads only unless 'converted' is given")
	CursorPage<Lead> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LeadKind kind, @RequestParam(required = false) @Nullable UUID status,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID source,
			@RequestParam(required = false, defaultValue = "false") Boolean converted,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable Integer limit) {
		return leads.page(new LeadFilter(q, kind, status == null ? null : new LeadStatusId(status),
				owner == null ? null : new UserId(owner), source == null ? null : new SourceId(source), converted), after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One lead (a converted one too)")
	Lead get(@PathVariable UUID id) {
		return leads.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a lead: a company (kind COMPANY, 'company' as for /api/v1/companies) or a private "
			+ "person (kind PRIVATE, 'person' as for /api/v1/contacts); no customer number is used")
	Lead create(@RequestBody NewLead input) {
		var data = new LeadData(input.statusId(), input.sourceId(), input.ownerId(), null);
		if (input.kind() == LeadKind.COMPANY && input.company() != null) {
			return leads.registerCompany(input.company(), data);
		}
		if (input.kind() == LeadKind.PRIVATE && input.person() != null) {
			return leads.registerPrivate(input.person(), data);
		}
		throw InvalidInput.of(input.kind() == null ? "kind" : input.kind() == LeadKind.COMPANY ? "company" : "person",
				"NotNull");
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a lead's status, source and owner; 'version' as read")
	Lead update(@PathVariable UUID id, @RequestBody LeadChange input) {
		return leads.update(id, new LeadData(input.statusId(), input.sourceId(), input.ownerId(), input.version()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a lead (kept, hidden, restorable like a customer)")
	void delete(@PathVariable UUID id) {
		leads.delete(id);
	}

	@PostMapping("/{id}/conversion")
	@Operation(summary = "Convert a lead to a customer with the next number of 'numberSeriesId' (the default "
			+ "customer series when left out); everything on it stays on it. Refused (400) when it is converted already, "
			+ "the series is full, or a customer has its organisation number (merge it into that customer instead)")
	Conversion convert(@PathVariable UUID id, @RequestBody(required = false) @Nullable ConversionRequest input) {
		return leads.convert(id, input == null ? null : input.numberSeriesId());
	}

	@PostMapping("/conversions")
	@Operation(summary = "Convert several leads into one series, all or none")
	List<Conversion> convertAll(@RequestBody BulkConversion input) {
		return leads.convertAll(input.ids() == null ? List.of() : input.ids(), input.numberSeriesId());
	}
}
