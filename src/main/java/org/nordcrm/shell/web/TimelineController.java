package org.nordcrm.shell.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordTab;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The card's Activity tab: every module's entries on the record (notes, tasks, appointments, changes) in one list,
 * newest first, narrowed to the kinds the user picks; older entries load page by page.
 */
@Controller
class TimelineController {

	static final int PAGE = 25;

	private final List<TimelineSource> sources;
	private final List<RecordTab> tabs;

	TimelineController(List<TimelineSource> sources, List<RecordTab> tabs) {
		this.sources = sources;
		this.tabs = tabs;
	}

	@Bean
	static RecordTab companyTimelineTab() {
		return new RecordTab.Simple("company", "activity", "timeline.tab", 15, "/timeline/company/%s");
	}

	@Bean
	static RecordTab personTimelineTab() {
		return new RecordTab.Simple("person", "activity", "timeline.tab", 15, "/timeline/person/%s");
	}

	@GetMapping("/timeline/{kind}/{id}")
	String timeline(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable Set<String> show,
			@RequestParam(required = false) @Nullable Instant before, Model model) {
		// only kinds of record that have a card: anything else is not found, as for any other record's page
		if (tabs.stream().noneMatch(t -> t.recordKind().equals(kind))) {
			throw new RecordNotFound(kind, id);
		}
		var chosen = sources.stream().filter(s -> show == null || show.isEmpty() || show.contains(s.kind())).toList();
		// each source gives its newest PAGE + 1: the page is the newest PAGE of them all, and more exist if one is left
		var entries = new ArrayList<TimelineEntry>();
		chosen.forEach(s -> entries.addAll(s.entries(kind, id, before, PAGE + 1)));
		entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
		var page = entries.size() > PAGE ? List.copyOf(entries.subList(0, PAGE)) : entries;
		model.addAttribute("entries", page);
		model.addAttribute("kinds", sources.stream().map(TimelineSource::kind).toList());
		model.addAttribute("show", show == null ? Set.of() : show);
		model.addAttribute("path", "/timeline/" + kind + "/" + id);
		if (entries.size() > PAGE) {
			var more = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("before", page.getLast().at().toString()).build().encode().toUri();
			model.addAttribute("moreUrl", more.getRawPath() + "?" + more.getRawQuery());
		}
		return before == null ? "shell/timeline :: timeline" : "shell/timeline :: timelinePage";
	}
}
