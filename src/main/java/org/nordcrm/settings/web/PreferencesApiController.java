package org.nordcrm.settings.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.Preferences;
import org.nordcrm.settings.TenantPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/preferences")
@Tag(name = "Preferences", description = "How NordCRM behaves for everyone in the tenant: every user reads them, administrators change them")
@SecurityRequirement(name = "token")
class PreferencesApiController {

	record PreferencesInput(@Nullable Boolean extraInfoTab) {
	}

	private final TenantPreferences preferences;

	PreferencesApiController(TenantPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(summary = "The tenant's preferences")
	Preferences get() {
		return preferences.get();
	}

	@PutMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change the tenant's preferences (administrators): send every setting", description = "extraInfoTab: "
			+ "true shows a company's extra info (origin, source, products of interest) as its own tab on the card, false "
			+ "among the card's facts and in the company form.")
	Preferences put(@RequestBody PreferencesInput input) {
		return preferences.save(Preferences.of(input.extraInfoTab()));
	}
}
