package org.nordcrm.registry.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.registry.BulkFilter;
import org.nordcrm.registry.internal.BulkLoader;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Settings → Load from the register (administrators): a bulk file of the register on the server, filtered, first
 * counted (dry run), then loaded; the report says what was created and what was skipped.
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

	RegistryBulkController(BulkLoader loader) {
		this.loader = loader;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new BulkForm(null, null, null, null, null, null));
		return page(model);
	}

	@PostMapping
	String run(@ModelAttribute("form") BulkForm form, BindingResult result, @org.springframework.web.bind.annotation.RequestParam(
			defaultValue = "count") String action, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("report", loader.load(form.path(), form.filter(), !"load".equals(action)));
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("dir", loader.dir().toString());
		return "registry/bulk";
	}
}
