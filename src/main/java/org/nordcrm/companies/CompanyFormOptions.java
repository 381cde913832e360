package org.nordcrm.companies;

import java.util.Locale;

import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.TenantPreferences;
import org.nordcrm.shared.Countries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the company form ({@code templates/companies/form.html :: fields}) offers, for every page that shows
 * it: the company pages, and the lead pages that register a lead company with the same form.
 */
@Component
public class CompanyFormOptions {

	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;
	private final TenantPreferences preferences;

	CompanyFormOptions(Registers registers, NumberSeriesManagement series, UserManagement users, TenantPreferences preferences) {
		this.registers = registers;
		this.series = series;
		this.users = users;
		this.preferences = preferences;
	}

	public void fill(Model model, Locale locale) {
		model.addAttribute("categories", registers.categories(CategoryScope.COMPANY));
		model.addAttribute("statuses", registers.statuses());
		model.addAttribute("industries", registers.industries());
		model.addAttribute("owners", users.list());
		model.addAttribute("series", series.list());
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("invoiceMethods", InvoiceMethod.values());
		extraInfo(model);
	}

	/** The extra info's choices, and whether the tenant shows extra info on its own tab instead of in the form. */
	public void extraInfo(Model model) {
		model.addAttribute("extraInfoTab", preferences.get().extraInfoTab());
		model.addAttribute("origins", registers.list(NamedRegister.ORIGINS));
		model.addAttribute("sources", registers.list(NamedRegister.SOURCES));
		model.addAttribute("productInterests", registers.list(NamedRegister.PRODUCT_INTERESTS));
	}
}
