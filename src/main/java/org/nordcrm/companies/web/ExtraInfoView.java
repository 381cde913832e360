package org.nordcrm.companies.web;

import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFormOptions;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.TenantPreferences;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the company pages need to show a company's extra info (origin, source, products of interest): the choices,
 * the names of the chosen, and whether the tenant shows them on their own tab ({@code extraInfoTab}) or among the
 * card's facts and in the company form.
 */
@Component
class ExtraInfoView {

	private final Registers registers;
	private final TenantPreferences preferences;

	private final CompanyFormOptions formOptions;

	ExtraInfoView(Registers registers, TenantPreferences preferences, CompanyFormOptions formOptions) {
		this.registers = registers;
		this.preferences = preferences;
		this.formOptions = formOptions;
	}

	boolean onItsOwnTab() {
		return preferences.get().extraInfoTab();
	}

	/** The choices of a form. */
	void options(Model model) {
		formOptions.extraInfo(model);
	}

	/** The company's extra info as names. */
	void facts(Model model, Company company) {
		model.addAttribute("extraInfoTab", onItsOwnTab());
		model.addAttribute("origin", company.originId() == null ? null : registers.find(NamedRegister.ORIGINS, company.originId()));
		model.addAttribute("source", company.sourceId() == null ? null : registers.find(NamedRegister.SOURCES, company.sourceId()));
		model.addAttribute("companyProducts", registers.list(NamedRegister.PRODUCT_INTERESTS, company.productInterestIds()));
	}
}
