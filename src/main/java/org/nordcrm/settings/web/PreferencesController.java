package org.nordcrm.settings.web;

import org.nordcrm.settings.Preferences;
import org.nordcrm.settings.TenantPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The preferences form on the settings index. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PreferencesController {

	private final TenantPreferences preferences;

	PreferencesController(TenantPreferences preferences) {
		this.preferences = preferences;
	}

	/** An unticked checkbox sends nothing, so a missing field means off. */
	@PostMapping("/admin/settings/preferences")
	String save(@RequestParam(defaultValue = "false") boolean extraInfoTab, RedirectAttributes flash) {
		preferences.save(new Preferences(extraInfoTab));
		flash.addFlashAttribute("flash", "preferences.saved");
		return "redirect:/admin/settings";
	}
}
