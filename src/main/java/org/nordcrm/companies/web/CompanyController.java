package org.nordcrm.companies.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyFormOptions;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.Countries;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.stereotype.Controller;
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

/** The company pages: new company (with the duplicate warning), the card, editing in place, deleting. */
@Controller
@RequestMapping("/companies")
class CompanyController {

	private final CompanyManagement companies;
	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;
	private final List<RecordTab> tabs;
	private final ExtraInfoView extraInfo;
	private final CompanyFormOptions formOptions;

	CompanyController(CompanyManagement companies, Registers registers, NumberSeriesManagement series, UserManagement users,
			List<RecordTab> tabs, ExtraInfoView extraInfo, CompanyFormOptions formOptions) {
		this.formOptions = formOptions;
		this.companies = companies;
		this.registers = registers;
		this.series = series;
		this.users = users;
		this.tabs = tabs;
		this.extraInfo = extraInfo;
	}

	/** The choices every company form offers. */
	void options(Model model, Locale locale) {
		formOptions.fill(model, locale);
	}

	@GetMapping
	String list() {
		return "redirect:/search?kind=company";
	}

	@GetMapping("/new")
	String newCompany(Model model, Locale locale) {
		model.addAttribute("form", CompanyInput.empty());
		series.defaultSeries().ifPresent(s -> model.addAttribute("defaultSeries", s.id()));
		options(model, locale);
		return "companies/new";
	}

	@PostMapping
	String create(@ModelAttribute("form") CompanyInput form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean confirmDuplicates, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				var duplicates = confirmDuplicates ? List.of() : companies.likelyDuplicates(form, null);
				if (duplicates.isEmpty()) {
					var created = companies.create(form);
					flash.addFlashAttribute("flash", "company.created");
					return "redirect:/companies/" + created.id();
				}
				model.addAttribute("duplicates", duplicates);
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		options(model, locale);
		return "companies/new";
	}

	@GetMapping("/{id}")
	String card(@PathVariable CompanyId id, @RequestParam(required = false) @Nullable String tab, Model model, Locale locale) {
		card(model, id, tab, locale);
		return "companies/card";
	}

	@GetMapping("/{id}/facts")
	String facts(@PathVariable CompanyId id, Model model, Locale locale) {
		facts(model, id, locale);
		return "companies/card :: facts";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable CompanyId id, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var company = companies.get(id);
		model.addAttribute("form", CompanyInput.of(company));
		options(model, locale);
		if (htmx == null) {
			card(model, id, null, locale);
			return "companies/card";
		}
		model.addAttribute("company", company);
		return "companies/card :: edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable CompanyId id, @ModelAttribute("form") CompanyInput form, BindingResult result, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				companies.update(id, form);
				if (htmx == null) {
					flash.addFlashAttribute("flash", "company.saved");
					return "redirect:/companies/" + id;
				}
				facts(model, id, locale);
				return "companies/card :: facts";
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		options(model, locale);
		if (htmx == null) {
			card(model, id, null, locale);
			return "companies/card";
		}
		model.addAttribute("company", companies.get(id));
		return "companies/card :: edit";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable CompanyId id, RedirectAttributes flash) {
		companies.delete(id);
		flash.addFlashAttribute("flash", "company.deleted");
		return "redirect:/search?kind=company";
	}

	private void card(Model model, CompanyId id, @Nullable String tab, Locale locale) {
		var cardTabs = RecordTab.of(tabs, CompanyManagement.KIND);
		model.addAttribute("tabs", cardTabs);
		model.addAttribute("tab", RecordTab.selected(cardTabs, tab));
		facts(model, id, locale);
	}

	private void facts(Model model, CompanyId id, Locale locale) {
		var company = companies.get(id);
		model.addAttribute("company", company);
		model.addAttribute("status", company.statusId() == null ? null : registers.status(company.statusId()));
		model.addAttribute("industry", company.industryId() == null ? null : registers.industry(company.industryId()));
		model.addAttribute("owner", company.ownerId() == null ? null : users.find(company.ownerId()).orElse(null));
		model.addAttribute("companyCategories", registers.categories(company.categoryIds()));
		model.addAttribute("countryName", Countries.country(company.country(), locale).name());
		extraInfo.facts(model, company);
	}
}
