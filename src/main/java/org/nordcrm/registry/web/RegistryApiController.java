package org.nordcrm.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.registry.AlreadyInCrm;
import org.nordcrm.registry.BulkFilter;
import org.nordcrm.registry.BulkReport;
import org.nordcrm.registry.Difference;
import org.nordcrm.registry.RegisterHits;
import org.nordcrm.registry.RegisterRole;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.registry.RegistryManagement;
import org.nordcrm.registry.RegistryUnavailable;
import org.nordcrm.registry.internal.BulkLoader;
import org.nordcrm.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Register (Brønnøysund)", description = "Look companies up in Enhetsregisteret, create customers from them, "
		+ "refresh companies from it and load its bulk file")
@SecurityRequirement(name = "token")
class RegistryApiController {

	/** A unit with the persons holding roles in it, and the company the CRM already has with its number. */
	record UnitView(RegisterUnit unit, List<RegisterRole> roles, @Nullable CompanyId existingCompanyId) {
	}

	record CreateRequest(@Nullable List<String> roles, @Nullable Boolean lead) {
	}

	record RefreshRequest(@Nullable List<String> fields, @Nullable Integer version) {
	}

	record BulkRequest(@Nullable String path, @Nullable List<String> municipalities, @Nullable List<String> naceCodes,
			@Nullable List<String> forms, @Nullable Integer minEmployees, @Nullable Integer maxEmployees,
			@Nullable Boolean dryRun) {
	}

	private final RegistryManagement registry;
	private final BulkLoader bulk;
	private final Problems problems;

	RegistryApiController(RegistryManagement registry, BulkLoader bulk, Problems problems) {
		this.registry = registry;
		this.bulk = bulk;
		this.problems = problems;
	}

	@GetMapping("/units")
	@Operation(summary = "Search the register: q is a name, or a 9-digit organisation number (checked by MOD11)")
	RegisterHits search(@RequestParam(required = false) @Nullable String q) {
		return registry.lookup(q);
	}

	@GetMapping("/units/{orgnr}")
	@Operation(summary = "One unit of the register (deletedOn set for a deleted one), its persons with roles, and the id of "
			+ "the company in the CRM with the same organisation number, if any")
	UnitView unit(@PathVariable String orgnr) {
		var unit = registry.unit(orgnr);
		return new UnitView(unit, unit.deletedOn() == null ? registry.roles(orgnr) : List.of(),
				registry.existing(unit.organisationNumber()).map(Company::id).orElse(null));
	}

	@PostMapping("/units/{orgnr}/company")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a customer (lead: true, a lead company) from the unit, with the persons of the given role "
			+ "keys as contact persons. 409 with companyId when the organisation number is in the CRM already (a customer or a lead)")
	Company create(@PathVariable String orgnr, @RequestBody(required = false) @Nullable CreateRequest request) {
		var roles = request == null || request.roles() == null ? Set.<String>of() : Set.copyOf(request.roles());
		return registry.createCompany(orgnr, roles, request != null && Boolean.TRUE.equals(request.lead()));
	}

	@GetMapping("/companies/{id}/differences")
	@Operation(summary = "The fields where a company differs from its unit in the register")
	List<Difference> differences(@PathVariable CompanyId id) {
		return registry.differences(id);
	}

	@PostMapping("/companies/{id}/refresh")
	@Operation(summary = "Take the named fields (as in differences) from the register into the company; version: the one read")
	Company refresh(@PathVariable CompanyId id, @RequestBody(required = false) @Nullable RefreshRequest request) {
		return registry.refresh(id, request == null || request.fields() == null ? Set.of() : Set.copyOf(request.fields()),
				request == null ? null : request.version());
	}

	@PostMapping("/bulk")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Load a bulk file of the register from the bulk folder as leads, filtered; dryRun (default true) only counts")
	BulkReport bulk(@RequestBody BulkRequest r) {
		var filter = new BulkFilter(r.municipalities() == null ? List.of() : r.municipalities(),
				r.naceCodes() == null ? List.of() : r.naceCodes(), r.forms() == null ? List.of() : r.forms(), r.minEmployees(),
				r.maxEmployees());
		return bulk.load(r.path(), filter, !Boolean.FALSE.equals(r.dryRun()));
	}

	@ExceptionHandler(AlreadyInCrm.class)
	ResponseEntity<ProblemDetail> exists(AlreadyInCrm e, Locale locale) {
		var p = problems.invalid(e, locale);
		p.setStatus(HttpStatus.CONFLICT.value());
		p.setProperty("companyId", e.company().id().value());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(Problems.PROBLEM_JSON).body(p);
	}

	@ExceptionHandler(RegistryUnavailable.class)
	ResponseEntity<ProblemDetail> unavailable(RegistryUnavailable e, Locale locale) {
		var p = problems.invalid(e, locale);
		p.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problems.PROBLEM_JSON).body(p);
	}
}
