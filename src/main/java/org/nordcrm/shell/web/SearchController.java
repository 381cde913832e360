package org.nordcrm.shell.web;

import java.util.ArrayList;
import java.util.List;

import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page; typing in it asks again (htmx) and replaces only the result list. */
@Controller
class SearchController {

	static final int LIMIT = 20;
	static final int MAX_QUERY = 200;

	private final List<SearchProvider> providers;

	SearchController(List<SearchProvider> providers) {
		this.providers = providers;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		var query = q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		List<SearchHit> hits = new ArrayList<>();
		if (!query.isEmpty()) {
			for (var p : providers) {
				hits.addAll(p.search(query, LIMIT));
			}
		}
		model.addAttribute("q", query);
		model.addAttribute("hits", hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits);
		return htmx != null ? "shell/search :: results" : "shell/search";
	}
}
