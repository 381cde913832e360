package org.nordcrm.history.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.security.UserManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrators' view of every change in the tenant, by user, kind of record and time range. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HistoryAdminController {

	static final int PAGE = 100;
	static final List<String> KINDS = List.of("company", "person", "category", "industry", "role", "status", "numberSeries",
			"user", "apiToken", "group", "origin", "source", "product", "preferences", "note", "file", "folder");

	private final HistoryLog history;
	private final HistoryView view;
	private final UserManagement users;

	HistoryAdminController(HistoryLog history, HistoryView view, UserManagement users) {
		this.history = history;
		this.view = view;
		this.users = users;
	}

	@GetMapping("/admin/history")
	String all(@RequestParam(required = false) @Nullable UUID user, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		var zone = LocaleContextHolder.getTimeZone().toZoneId();
		var wanted = kind == null || kind.isBlank() || !KINDS.contains(kind) ? null : kind;
		var entries = history.all(user, wanted, from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), before, PAGE);
		var lines = view.lines(entries);
		model.addAttribute("lines", lines);
		model.addAttribute("users", users.list());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("user", user);
		model.addAttribute("kind", wanted);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (lines.size() == PAGE) {
			model.addAttribute("olderUrl", ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("before", lines.getLast().id()).build().toUriString());
		}
		return "history/all";
	}
}
