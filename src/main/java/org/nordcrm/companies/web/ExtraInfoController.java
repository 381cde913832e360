package org.nordcrm.companies.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.settings.ContactOriginId;
import org.nordcrm.settings.ProductInterestId;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The Extra info tab of a company's card, shown when the tenant's administrators chose so: the company's origin,
 * source and products of interest, edited in place.
 */
@Controller
class ExtraInfoController {

	static final String TAB = "extra-info";
	private static final Set<String> FIELDS = Set.of("originId", "sourceId", "productInterestIds");

	/** The tab's form. {@code version} is the company's version read (optimistic locking). */
	record ExtraInfoForm(@Nullable ContactOriginId originId, @Nullable SourceId sourceId,
			@Nullable List<@Nullable ProductInterestId> productInterestIds, @Nullable Integer version) {
	}

	/** On the card only while the tenant wants extra info on its own tab. */
	record ExtraInfoTab(ExtraInfoView view) implements RecordTab {

		@Override
		public String recordKind() {
			return CompanyManagement.KIND;
		}

		@Override
		public String key() {
			return TAB;
		}

		@Override
		public String labelKey() {
			return "company.extraInfo";
		}

		@Override
		public int order() {
			return 20;
		}

		@Override
		public String path(UUID record) {
			return "/companies/" + record + "/" + TAB;
		}

		@Override
		public boolean shown() {
			return view.onItsOwnTab();
		}
	}

	@Bean
	static RecordTab companyExtraInfoTab(ExtraInfoView view) {
		return new ExtraInfoTab(view);
	}

	private final CompanyManagement companies;
	private final ExtraInfoView view;

	ExtraInfoController(CompanyManagement companies, ExtraInfoView view) {
		this.companies = companies;
		this.view = view;
	}

	@GetMapping("/companies/{id}/" + TAB)
	String show(@PathVariable CompanyId id, Model model) {
		var company = companies.get(id);
		model.addAttribute("company", company);
		view.facts(model, company);
		return "companies/extra-info :: extraInfo";
	}

	@GetMapping("/companies/{id}/" + TAB + "/edit")
	String edit(@PathVariable CompanyId id, Model model) {
		var company = companies.get(id);
		model.addAttribute("form", new ExtraInfoForm(company.originId(), company.sourceId(), company.productInterestIds(),
				company.version()));
		return form(model, id);
	}

	/** Saves and shows the tab again; without htmx, goes back to the card on this tab. */
	@PostMapping("/companies/{id}/" + TAB)
	String save(@PathVariable CompanyId id, @ModelAttribute("form") ExtraInfoForm form, BindingResult result, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		companies.get(id);
		if (!result.hasErrors()) {
			try {
				companies.updateExtraInfo(id, form.originId(), form.sourceId(),
						form.productInterestIds() == null ? List.of() : form.productInterestIds(), form.version());
				return htmx == null ? "redirect:/companies/" + id + "?tab=" + TAB : show(id, model);
			}
			catch (InvalidInput e) {
				// a rule about another field of the company cannot be shown next to it here
				FormErrors.apply(new InvalidInput(e.errors().stream().map(err -> err.field() == null || FIELDS.contains(err.field())
						? err : new InvalidInput.FieldError(null, err.messageKey(), err.args())).toList()), result);
			}
		}
		return form(model, id);
	}

	private String form(Model model, CompanyId id) {
		model.addAttribute("company", companies.get(id));
		view.options(model);
		return "companies/extra-info :: extraInfoForm";
	}
}
