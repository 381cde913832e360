package org.nordcrm.history.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.history.HistoryEntry;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The History tab of a company's and a person's card: newest first, optionally between two dates. */
@Controller
class HistoryController {

	static final int MAX_LINES = 500;
	private static final Set<String> KINDS = Set.of("company", "person");

	private final HistoryLog history;
	private final HistoryView view;

	HistoryController(HistoryLog history, HistoryView view) {
		this.history = history;
		this.view = view;
	}

	@Bean
	static RecordTab companyHistoryTab() {
		return new RecordTab.Simple("company", "history", "history.tab", 90, "/history/company/%s");
	}

	@Bean
	static RecordTab personHistoryTab() {
		return new RecordTab.Simple("person", "history", "history.tab", 90, "/history/person/%s");
	}

	@GetMapping("/history/{kind}/{id}")
	String tab(@PathVariable String kind, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
		var zone = LocaleContextHolder.getTimeZone().toZoneId();
		var entries = KINDS.contains(kind) ? history.forRecord(id, from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), MAX_LINES) : List.<HistoryEntry>of();
		// a record this tenant has no history of at all is not this tenant's record
		if (entries.isEmpty() && (!KINDS.contains(kind) || history.forRecord(id, null, null, 1).isEmpty())) {
			throw new RecordNotFound(kind, id);
		}
		model.addAttribute("lines", view.lines(entries));
		model.addAttribute("path", "/history/" + kind + "/" + id);
		model.addAttribute("recordId", id);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "history/tab :: entries";
	}
}
