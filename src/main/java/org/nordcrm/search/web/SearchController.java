package org.nordcrm.search.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shell.SearchProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The search page with its filters; typing in it asks again (htmx) and replaces only the result list. */
@Controller
class SearchController {

	static final int PAGE = 30;
	static final int MAX = 300;

	private final List<SearchProvider> providers;
	private final Registers registers;
	private final UserManagement users;

	SearchController(List<SearchProvider> providers, Registers registers, UserManagement users) {
		this.providers = providers;
		this.registers = registers;
		this.users = users;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("f") SearchForm form, @RequestParam(defaultValue = "30") int limit,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var query = form.query();
		int n = Math.clamp(limit, PAGE, MAX);
		var hits = SearchForm.search(providers, query, n);
		model.addAttribute("q", query.text());
		model.addAttribute("hits", hits);
		if (hits.size() == n && n < MAX) {
			// "show more": the same search with a longer list, a whole URL of its own
			model.addAttribute("moreUrl", ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("limit", n + PAGE).build().toUriString());
		}
		model.addAttribute("filtered", !query.text().isEmpty() || query.hasFilters() || query.kind() != null);
		// the export buttons take the search as it stands: they are part of the results the search replaces
		var export = ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/search/export").replaceQueryParam("limit");
		model.addAttribute("exportCsv", export.replaceQueryParam("format", "csv").build().toUriString());
		model.addAttribute("exportXlsx", export.replaceQueryParam("format", "xlsx").build().toUriString());
		if (htmx != null) {
			return "search/search :: results";
		}
		model.addAttribute("kinds", providers.stream().flatMap(p -> p.kinds().stream()).toList());
		model.addAttribute("categories", registers.categories());
		model.addAttribute("industries", registers.industries());
		model.addAttribute("statuses", registers.statuses());
		model.addAttribute("owners", users.list());
		return "search/search";
	}
}
