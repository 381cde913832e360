package org.nordcrm.search.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.Registers;
import org.nordcrm.shell.SearchProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** The search page with its filters; typing in it asks again (htmx) and replaces only the result list. */
@Controller
class SearchController {

	static final int LIMIT = 30;

	private final List<SearchProvider> providers;
	private final Registers registers;
	private final UserManagement users;

	SearchController(List<SearchProvider> providers, Registers registers, UserManagement users) {
		this.providers = providers;
		this.registers = registers;
		this.users = users;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("f") SearchForm form, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		var query = form.query();
		model.addAttribute("q", query.text());
		model.addAttribute("hits", SearchForm.search(providers, query, LIMIT));
		model.addAttribute("filtered", !query.text().isEmpty() || query.hasFilters() || query.kind() != null);
		if (htmx != null) {
			return "search/search :: results";
		}
		model.addAttribute("kinds", providers.stream().flatMap(p -> p.kinds().stream()).toList());
		model.addAttribute("categories", registers.categories());
		model.addAttribute("industries", registers.industries());
		model.addAttribute("statuses", registers.statuses());
		model.addAttribute("owners", users.list());
		model.addAttribute("scopes", CategoryScope.values());
		return "search/search";
	}
}
