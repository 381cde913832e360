package org.nordcrm.merging.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.merging.MergeManagement;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging two records from the pages: pick the other record, compare the two field by field, choose, merge; and
 * undo a merge from the survivor's history.
 */
@Controller
class MergeController {

	private static final int PICK = 20;
	private static final String FIELD = "field.";

	private final MergeManagement merges;
	private final List<SearchProvider> search;
	private final MessageSource messages;

	MergeController(MergeManagement merges, List<SearchProvider> search, MessageSource messages) {
		this.merges = merges;
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/merge/{kind}")
	String page(@PathVariable String kind, @RequestParam(required = false) @Nullable UUID a,
			@RequestParam(required = false) @Nullable UUID b, @RequestParam(required = false) @Nullable String q, Model model) {
		a = required(kind, a);
		model.addAttribute("kind", kind);
		if (b == null) {
			model.addAttribute("first", merges.side(kind, a));
			model.addAttribute("q", q);
			model.addAttribute("hits", q == null || q.isBlank() ? List.<SearchHit>of() : candidates(kind, a, q));
			return "merging/pick";
		}
		try {
			model.addAttribute("comparison", merges.compare(kind, a, b));
		}
		catch (InvalidInput e) {
			model.addAttribute("first", merges.side(kind, a));
			model.addAttribute("error", e.errors().getFirst().messageKey());
			model.addAttribute("hits", List.<SearchHit>of());
			return "merging/pick";
		}
		return "merging/merge";
	}

	@PostMapping("/merge/{kind}")
	String merge(@PathVariable String kind, @RequestParam(required = false) @Nullable UUID a,
			@RequestParam(required = false) @Nullable UUID b, @RequestParam(defaultValue = "-1") int versionA,
			@RequestParam(defaultValue = "-1") int versionB, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes flash) {
		a = required(kind, a);
		b = required(kind, b);
		// each differing field is a pair of radio buttons named "field.<key>": "b" takes the other record's value
		var take = params.entrySet().stream().filter(p -> p.getKey().startsWith(FIELD) && p.getValue().equals("b"))
			.map(p -> p.getKey().substring(FIELD.length())).collect(Collectors.toSet());
		var survivor = merges.side(kind, a);
		try {
			var other = merges.side(kind, b);
			merges.merge(kind, a, versionA, b, versionB, take);
			flash.addFlashAttribute("flash", "merge.done");
			flash.addFlashAttribute("flashArgs", new Object[] { other.title(), survivor.title() });
			return "redirect:" + survivor.url() + "?tab=history";
		}
		catch (InvalidInput e) {
			model.addAttribute("error", e.errors().getFirst().messageKey());
			return page(kind, a, b, null, model);
		}
	}

	@PostMapping("/merge/{kind}/undo")
	String undo(@PathVariable String kind, @RequestParam(required = false) @Nullable UUID survivor,
			@RequestParam(required = false) @Nullable UUID other, RedirectAttributes flash) {
		survivor = required(kind, survivor);
		other = required(kind, other);
		try {
			var kept = merges.undo(merges.active(survivor, other).id());
			var locale = LocaleContextHolder.getLocale();
			flash.addFlashAttribute("flash", kept.isEmpty() ? "merge.undone" : "merge.undoneKept");
			flash.addFlashAttribute("flashArgs", new Object[] {
					kept.stream().map(k -> messages.getMessage(merges.labelKey(kind, k), null, locale)).collect(Collectors.joining(", ")) });
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
			flash.addFlashAttribute("flashErrorArgs", e.errors().getFirst().args());
		}
		try {
			return "redirect:" + merges.side(kind, survivor).url() + "?tab=history";
		}
		catch (RecordNotFound e) {
			return "redirect:/search?kind=" + kind;
		}
	}

	/** A kind that does not merge, or a record id left out, is a record not found. */
	private UUID required(String kind, @Nullable UUID id) {
		if (id == null || !merges.merges(kind)) {
			throw new RecordNotFound(kind, String.valueOf(id));
		}
		return id;
	}

	private List<SearchHit> candidates(String kind, UUID a, String q) {
		var query = new SearchQuery(q.strip(), kind, null, null, null, null);
		return search.stream().filter(p -> p.kinds().contains(kind)).flatMap(p -> p.search(query, PICK).stream())
			.filter(h -> !h.id().equals(a)).limit(PICK).toList();
	}
}
