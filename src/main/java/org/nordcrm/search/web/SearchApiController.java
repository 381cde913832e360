package org.nordcrm.search.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.SearchProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Search", description = "Companies, contacts, private customers and users by any part of a name, number, phone or e-mail")
@SecurityRequirement(name = "token")
class SearchApiController {

	record Hit(String kind, UUID id, String title, @Nullable String detail, @Nullable String url) {
	}

	record Hits(List<Hit> items) {
	}

	private final List<SearchProvider> providers;

	SearchApiController(List<SearchProvider> providers) {
		this.providers = providers;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search as the search page does: best matches first, typos and accents forgiven. "
			+ "kind: company, person, private or user; category, industry, status, owner: ids")
	Hits search(@ModelAttribute SearchForm form, @RequestParam(defaultValue = "20") int limit) {
		if (limit < 1 || limit > 100) {
			throw InvalidInput.of("limit", "validation.range", 1, 100);
		}
		return new Hits(SearchForm.search(providers, form.query(), limit).stream()
			.map(h -> new Hit(h.kind(), h.id(), h.title(), h.detail(), h.url()))
			.toList());
	}
}
