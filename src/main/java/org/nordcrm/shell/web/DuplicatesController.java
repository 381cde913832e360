package org.nordcrm.shell.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shell.DuplicateScans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Likely duplicates, one kind at a time, each pair with a link to compare and merge them. */
@Controller
class DuplicatesController {

	static final int PAGE = 50;

	private final DuplicateScans scans;

	DuplicatesController(DuplicateScans scans) {
		this.scans = scans;
	}

	@GetMapping("/duplicates")
	String page(@RequestParam(defaultValue = "company") String kind, @RequestParam(required = false) @Nullable String limit,
			Model model) {
		var pairs = scans.scan(kind, limit);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", scans.kinds());
		model.addAttribute("pairs", pairs);
		if (pairs.size() >= PAGE && pairs.size() < DuplicateScans.MAX_LIMIT && pairs.size() % PAGE == 0) {
			model.addAttribute("more", Math.min(pairs.size() + PAGE, DuplicateScans.MAX_LIMIT));
		}
		return "shell/duplicates";
	}
}
