package org.nordcrm.companies.web;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.settings.IndustryId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Industries")
@SecurityRequirement(name = "token")
@PreAuthorize("hasRole('ADMIN')")
class IndustryMoveApiController {

	record Move(IndustryId to) {
	}

	record Moved(int moved) {
	}

	private final CompanyManagement companies;

	IndustryMoveApiController(CompanyManagement companies) {
		this.companies = companies;
	}

	@PostMapping("/api/v1/industries/{id}/move-companies")
	@Operation(summary = "Move every company of this industry to another industry (administrators)")
	Moved move(@PathVariable IndustryId id, @RequestBody Move move) {
		return new Moved(companies.moveIndustry(id, move.to()));
	}
}
