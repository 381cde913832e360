package org.nordcrm.contacts;

import java.util.Locale;

import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.Countries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the person form ({@code templates/contacts/form.html :: fields}) offers, for every page that shows it:
 * the contact pages, and the lead pages that register a private-person lead with the same form.
 */
@Component
public class PersonFormOptions {

	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;

	PersonFormOptions(Registers registers, NumberSeriesManagement series, UserManagement users) {
		this.registers = registers;
		this.series = series;
		this.users = users;
	}

	public void fill(Model model, Locale locale) {
		model.addAttribute("categories", registers.categories(CategoryScope.PERSON));
		model.addAttribute("owners", users.list());
		model.addAttribute("series", series.list());
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("roles", registers.roles());
	}
}
