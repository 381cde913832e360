package org.nordcrm.history.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.history.HistoryEntry;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "History", description = "Every change to every record, and restoring deleted records")
@SecurityRequirement(name = "token")
class HistoryApiController {

	record Entries(List<HistoryEntry> items) {
	}

	private final HistoryLog history;
	private final CompanyManagement companies;
	private final ContactManagement contacts;

	HistoryApiController(HistoryLog history, CompanyManagement companies, ContactManagement contacts) {
		this.history = history;
		this.companies = companies;
		this.contacts = contacts;
	}

	@GetMapping("/api/v1/history")
	@Operation(summary = "Changes, newest first: of one record (record=id), or of the whole tenant (administrators), "
			+ "narrowed by user, kind and time; 'before' pages back by entry id. changes: {column: [old, new]}")
	Entries list(@RequestParam(required = false) @Nullable UUID record, @RequestParam(required = false) @Nullable UUID user,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @Nullable OffsetDateTime to, @RequestParam(required = false) @Nullable Long before,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw InvalidInput.of("limit", "validation.range", 1, 500);
		}
		if (record != null) {
			return new Entries(history.forRecord(record, from, to, limit));
		}
		if (!CurrentUser.get().map(u -> u.isAdmin()).orElse(false)) {
			throw InvalidInput.of("record", "history.error.recordNeeded");
		}
		return new Entries(history.all(user, kind, from, to, before, limit));
	}

	@PostMapping("/api/v1/companies/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Restore a deleted company with its links (administrators); renumber=true gives it a new "
			+ "customer number when its own has been taken meanwhile")
	Company restoreCompany(@PathVariable CompanyId id, @RequestParam(defaultValue = "false") boolean renumber) {
		return companies.restore(id, renumber);
	}

	@PostMapping("/api/v1/contacts/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Restore a deleted person with their links (administrators); renumber as for companies")
	Person restorePerson(@PathVariable PersonId id, @RequestParam(defaultValue = "false") boolean renumber) {
		return contacts.restore(id, renumber);
	}

	@PostMapping("/api/v1/companies/{id}/erase")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase a deleted company for good (GDPR; administrators); needs confirm=true")
	void eraseCompany(@PathVariable CompanyId id, @RequestParam(defaultValue = "false") boolean confirm) {
		companies.findDeleted(id).orElseThrow(() -> new RecordNotFound(CompanyManagement.KIND, id));
		confirmed(confirm);
		companies.erase(id);
	}

	@PostMapping("/api/v1/contacts/{id}/erase")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase a deleted person for good (GDPR; administrators); needs confirm=true")
	void erasePerson(@PathVariable PersonId id, @RequestParam(defaultValue = "false") boolean confirm) {
		contacts.findDeleted(id).orElseThrow(() -> new RecordNotFound(ContactManagement.KIND, id));
		confirmed(confirm);
		contacts.erase(id);
	}

	private static void confirmed(boolean confirm) {
		if (!confirm) {
			throw InvalidInput.of("confirm", "erase.error.confirm");
		}
	}
}
