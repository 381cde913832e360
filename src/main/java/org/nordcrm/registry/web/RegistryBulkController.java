package org.nordcrm.registry.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.registry.BulkFilter;
import java.util.UUID;

import org.nordcrm.registry.internal.BulkLoader;
import org.nordcrm.registry.internal.BulkLoads;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Settings → Load from the register (administrators): a bulk file of the register on the server, filtered, first
 * counted (dry run), then loaded as leads, each as a job on its own page with its progress and then its report of what
 * was created and what was skipped; the latest loads are listed.
 */
@Controller
@RequestMapping("/admin/registry/bulk")
@PreAuthorize("hasRole('ADMIN')")
class RegistryBulkController {

	/** The form: the file (inside the bulk folder) and the filters. */
	record BulkForm(@Nullable String path, @Nullable String municipalities, @Nullable String naceCodes,
			@Nullable String forms, @Nullable Integer minEmployees, @Nullable Integer maxEmployees) {

		BulkFilter filter() {
			return BulkFilter.parse(municipalities, naceCodes, forms, minEmployees, maxEmployees);
		}
	}

	private final BulkLoader loader;
	private final BulkLoads loads;

	RegistryBulkController(BulkLoader loader, BulkLoads loads) {
		this.loader = loader;
		this.loads = loads;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new BulkForm(null, null, null, null, null, null));
		return page(model);
	}

	@PostMapping
	String run(@ModelAttribute("form") BulkForm form, BindingResult result, @RequestParam(defaultValue = "count") String action,
			Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/admin/registry/bulk/" + loader.start(form.path(), form.filter(), !"load".equals(action));
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return page(model);
	}

	/** One load: its progress while it runs (the page polls it), then its report or why it was refused. */
	@GetMapping("/{id}")
	String load(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("load", loads.find(id).orElseThrow(() -> new RecordNotFound("registryBulkLoad", id)));
		return htmx != null ? "registry/bulk-load :: status" : "registry/bulk-load";
	}

	private String page(Model model) {
		model.addAttribute("dir", loader.dir().toString());
		model.addAttribute("loads", loads.recent(10));
		return "registry/bulk";
	}
}
