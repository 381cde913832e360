package org.nordcrm.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nordcrm.search.SearchIndex;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hits of a record picker (templates/fragments/record-picker.html) as the user types: the kinds the form asks for
 * (a task's company picker asks for companies, its person picker for contacts and private customers).
 */
@Controller
class PickerController {

	private static final int PICKS = 8;

	private final List<SearchProvider> providers;

	PickerController(List<SearchProvider> providers) {
		this.providers = providers;
	}

	@GetMapping("/pickers")
	String picks(@RequestParam List<String> kinds, @RequestParam(defaultValue = "") String q, Model model) {
		var text = q.strip();
		var hits = new ArrayList<SearchHit>();
		if (!text.isEmpty() && text.length() <= SearchIndex.MAX_QUERY) {
			for (var kind : kinds.stream().distinct().limit(5).toList()) {
				var query = new SearchQuery(text, kind, null, null, null, null);
				providers.stream().filter(p -> p.kinds().contains(kind)).forEach(p -> hits.addAll(p.search(query, PICKS)));
			}
			hits.sort(Comparator.comparingInt(SearchHit::rank));
		}
		model.addAttribute("q", text);
		model.addAttribute("hits", hits.size() > PICKS ? hits.subList(0, PICKS) : hits);
		return "fragments/record-picker :: picks";
	}
}
