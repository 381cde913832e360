package org.nordcrm.exports.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.exports.ExportEntry;
import org.nordcrm.exports.ExportManagement;
import org.nordcrm.shared.CursorPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who exported which list, when, with what filters and how many rows: for administrators (GDPR). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Exports", description = "The log of list exports (administrators)")
class ExportLogController {

	static final int PAGE = 100;

	private final ExportManagement exports;

	ExportLogController(ExportManagement exports) {
		this.exports = exports;
	}

	@GetMapping("/admin/exports")
	String page(@RequestParam(required = false) @Nullable String before, Model model) {
		var page = exports.log(before, PAGE);
		model.addAttribute("entries", page.items());
		if (page.next() != null) {
			model.addAttribute("olderUrl", ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("before", page.next()).build().toUriString());
		}
		return "exports/log";
	}

	@GetMapping("/api/v1/exports")
	@ResponseBody
	@SecurityRequirement(name = "token")
	@Operation(summary = "The export log, newest first: who exported which list (with its filters), in what format, how many rows, when. "
			+ "Pass a page's 'next' as 'after' for older entries")
	CursorPage<ExportEntry> api(@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return exports.log(after, limit);
	}
}
