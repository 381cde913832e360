package org.nordcrm.settings.web;

import java.net.URI;
import java.util.UUID;

import org.nordcrm.settings.Registers;
import org.nordcrm.shared.CursorPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The simple registers under /api/v1: {@code categories} (name, scope), {@code industries} (name, code),
 * {@code contact-roles} (name), {@code company-statuses} (name, isDefault), and the extra info of companies:
 * {@code contact-origins}, {@code sources} and {@code product-interests} (name), and {@code lead-statuses} (name). Everyone reads; administrators change.
 */
@RestController
@RequestMapping("/api/v1/{register:categories|industries|contact-roles|company-statuses|contact-origins|sources|product-interests|lead-statuses}")
@Tag(name = "Registers", description = "Categories, industries, contact roles, company statuses, contact origins, sources, "
		+ "products of interest and lead statuses: every user reads them, administrators change them")
@SecurityRequirement(name = "token")
class RegisterApiController {

	private final Registers registers;

	RegisterApiController(Registers registers) {
		this.registers = registers;
	}

	@GetMapping
	@Operation(summary = "All entries of a register, by name (company statuses in the order they were made); "
			+ "registers are short, so one page holds them all")
	CursorPage<?> list(@PathVariable @Parameter(schema = @Schema(allowableValues = { "categories", "industries",
			"contact-roles", "company-statuses", "contact-origins", "sources", "product-interests", "lead-statuses" })) String register) {
		return new CursorPage<>(Register.api(register).list(registers), null);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry")
	Object get(@PathVariable String register, @PathVariable UUID id) {
		return Register.api(register).find(registers, id);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add an entry (administrators)", description = "The name is required and unique in the "
			+ "register; categories need a scope (COMPANY, PERSON or BOTH); industries may have a code; a company "
			+ "status with isDefault true becomes the only default.")
	ResponseEntity<Object> create(@PathVariable String register, @RequestBody RegisterInput input) {
		var r = Register.api(register);
		var saved = r.save(registers, null, input);
		return ResponseEntity.created(URI.create("/api/v1/" + r.api + "/" + Register.id(saved))).body(saved);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change an entry (administrators): the body replaces its fields")
	Object update(@PathVariable String register, @PathVariable UUID id, @RequestBody RegisterInput input) {
		return Register.api(register).save(registers, id, input);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an entry (administrators); one that is in use (by a company, even a deleted one) is refused")
	void delete(@PathVariable String register, @PathVariable UUID id) {
		Register.api(register).delete(registers, id);
	}
}
