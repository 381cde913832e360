package org.nordcrm.shell.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shell.DuplicateScans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
		model.addAttribute("kinds", scans.kinds());
		return results(scans.run(kind, limit), limit, model);
	}

	/** The results of a scan still running when the page was made: asked for again until it is done. */
	@GetMapping("/duplicates/scans/{id}")
	String scan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String limit, Model model) {
		results(scans.result(id, limit), limit, model);
		return "shell/duplicates :: results";
	}

	private String results(DuplicateScans.Result result, @Nullable String limit, Model model) {
		var pairs = result.pairs();
		model.addAttribute("pollUrl", "/duplicates/scans/" + result.id() + (limit == null || limit.isBlank() ? ""
				: "?limit=" + URLEncoder.encode(limit.strip(), StandardCharsets.UTF_8)));
		model.addAttribute("kind", result.kind());
		model.addAttribute("scan", result);
		model.addAttribute("pairs", pairs);
		if (pairs.size() >= PAGE && pairs.size() < DuplicateScans.MAX_LIMIT && pairs.size() % PAGE == 0) {
			model.addAttribute("more", Math.min(pairs.size() + PAGE, DuplicateScans.MAX_LIMIT));
		}
		return "shell/duplicates";
	}
}
