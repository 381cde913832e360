package org.nordcrm.registry.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.registry.AlreadyInCrm;
import org.nordcrm.registry.RegisterHits;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.registry.RegistryManagement;
import org.nordcrm.registry.RegistryUnavailable;
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
 * "Look up in the register": search Enhetsregisteret as you type, see a unit with its flags and roles, and create
 * it as a customer or a lead (or open the one the CRM already has); on the company card, the register's facts and "Refresh
 * from register" with a diff of the fields that differ.
 */
@Controller
@RequestMapping("/registry")
class RegistryController {

	private final RegistryManagement registry;
	private final CompanyManagement companies;

	RegistryController(RegistryManagement registry, CompanyManagement companies) {
		this.registry = registry;
		this.companies = companies;
	}

	@Bean
	static RecordSection companyRegistrySection() {
		return new RecordSection.Simple("company", "registry", 5, "/registry/companies/%s/section");
	}

	@GetMapping
	String lookup(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		hits(q, model);
		return "registry/lookup";
	}

	@GetMapping("/hits")
	String hitsFragment(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		hits(q, model);
		return "registry/lookup :: hits";
	}

	private void hits(@Nullable String q, Model model) {
		RegisterHits hits = new RegisterHits(List.of(), 0);
		try {
			hits = registry.lookup(q);
		}
		catch (InvalidInput e) {
			error(e, model);
		}
		model.addAttribute("hits", hits);
		model.addAttribute("inCrm", inCrm(hits.units()));
		model.addAttribute("searched", q != null && q.strip().length() >= 2);
	}

	@GetMapping("/units/{orgnr}")
	String unit(@PathVariable String orgnr, Model model) {
		try {
			var unit = registry.unit(orgnr);
			model.addAttribute("unit", unit);
			model.addAttribute("existing", registry.existing(unit.organisationNumber()).orElse(null));
			model.addAttribute("roles", unit.deletedOn() == null ? registry.roles(orgnr) : List.of());
		}
		catch (InvalidInput e) {
			error(e, model);
		}
		return "registry/unit";
	}

	@PostMapping("/units/{orgnr}")
	String create(@PathVariable String orgnr, @RequestParam(name = "role", required = false) @Nullable List<String> roles,
			@RequestParam(name = "as", defaultValue = "customer") String as, Model model, RedirectAttributes flash) {
		try {
			boolean lead = "lead".equals(as);
			var company = registry.createCompany(orgnr, roles == null ? Set.of() : new HashSet<>(roles), lead);
			flash.addFlashAttribute("flash", lead ? "registry.createdLead" : "registry.created");
			return "redirect:/companies/" + company.id();
		}
		catch (AlreadyInCrm e) {
			var error = e.errors().getFirst();
			flash.addFlashAttribute("flashError", error.messageKey());
			flash.addFlashAttribute("flashErrorArgs", error.args());
			return "redirect:/companies/" + e.company().id();
		}
		catch (InvalidInput e) {
			return unit(orgnr, model.addAttribute("createError", e.errors().getFirst()));
		}
	}

	@GetMapping("/companies/{id}/section")
	String section(@PathVariable CompanyId id, Model model) {
		var company = companies.get(id);
		model.addAttribute("company", company);
		model.addAttribute("facts", registry.facts(id).orElse(null));
		model.addAttribute("refreshable", company.organisationNumber() != null && "NO".equals(company.country()));
		return "registry/section";
	}

	@GetMapping("/companies/{id}/refresh")
	String differences(@PathVariable CompanyId id, Model model) {
		var company = companies.get(id);
		model.addAttribute("company", company);
		try {
			model.addAttribute("differences", registry.differences(id));
		}
		catch (InvalidInput e) {
			error(e, model);
		}
		return "registry/refresh";
	}

	@PostMapping("/companies/{id}/refresh")
	String refresh(@PathVariable CompanyId id, @RequestParam(name = "field", required = false) @Nullable List<String> fields,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes flash) {
		companies.get(id);
		try {
			registry.refresh(id, fields == null ? Set.of() : Set.copyOf(fields), version);
			flash.addFlashAttribute("flash", "registry.refreshed");
			return "redirect:/companies/" + id;
		}
		catch (InvalidInput e) {
			error(e, model);
			model.addAttribute("company", companies.get(id));
			return "registry/refresh";
		}
	}

	private Map<String, Company> inCrm(List<RegisterUnit> units) {
		if (units.isEmpty()) {
			return Map.of();
		}
		return companies.withOrganisationNumbers(units.stream().map(RegisterUnit::organisationNumber).toList()).stream()
			.filter(c -> "NO".equals(c.country()))
			.collect(Collectors.toMap(c -> String.valueOf(c.organisationNumber()), Function.identity(), (a, b) -> a));
	}

	/** The refusal's message, and whether the register could not be reached (then registering by hand is offered). */
	private static void error(InvalidInput e, Model model) {
		var first = e.errors().getFirst();
		model.addAttribute("error", first);
		model.addAttribute("unavailable", e instanceof RegistryUnavailable);
	}
}
