package org.nordcrm.companies.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.DuplicateHint;
import org.nordcrm.companies.Relation;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.shared.CursorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Customers, suppliers, partners and other relations")
@SecurityRequirement(name = "token")
class CompanyApiController {

	private final CompanyManagement companies;

	CompanyApiController(CompanyManagement companies) {
		this.companies = companies;
	}

	@GetMapping
	@Operation(summary = "List companies, oldest first, a page at a time: pass a page's 'next' as 'after' for the following one")
	CursorPage<Company> list(@RequestParam(required = false) @Nullable Relation relation,
			@RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID industry,
			@RequestParam(required = false) @Nullable UUID status, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable Integer limit) {
		var filter = new CompanyFilter(relation, category == null ? null : new CategoryId(category),
				industry == null ? null : new IndustryId(industry), status == null ? null : new CompanyStatusId(status),
				owner == null ? null : new UserId(owner));
		return companies.page(filter, after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One company")
	Company get(@PathVariable CompanyId id) {
		return companies.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a company; the customer number comes from numberSeriesId, or the default series")
	Company create(@RequestBody CompanyInput input) {
		return companies.create(input);
	}

	@PostMapping("/duplicates")
	@Operation(summary = "Companies that the given one may duplicate (same organisation number, similar name in the same postcode, same e-mail domain)")
	List<DuplicateHint> duplicates(@RequestBody CompanyInput input) {
		return companies.likelyDuplicates(input, null);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a company: send all fields; 'version' as read, or a 400 tells that someone changed it meanwhile")
	Company update(@PathVariable CompanyId id, @RequestBody CompanyInput input) {
		return companies.update(id, input);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a company (it is kept, hidden, and can be restored by an administrator)")
	void delete(@PathVariable CompanyId id) {
		companies.delete(id);
	}
}
