package org.nordcrm.notes.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.notes.Note;
import org.nordcrm.notes.NoteFilter;
import org.nordcrm.notes.NoteId;
import org.nordcrm.notes.NoteInput;
import org.nordcrm.notes.NoteManagement;
import org.nordcrm.security.UserId;
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
@RequestMapping("/api/v1/notes")
@Tag(name = "Notes", description = "Notes on companies and persons; private notes (on private customers) are seen by their author only")
@SecurityRequirement(name = "token")
class NoteApiController {

	private final NoteManagement notes;

	NoteApiController(NoteManagement notes) {
		this.notes = notes;
	}

	@GetMapping
	@Operation(summary = "List notes, newest first, a page at a time (pass a page's 'next' as 'after'): on one record "
			+ "(record=id, its own notes only), by one author, written from 'from' up to 'to'")
	CursorPage<Note> list(@RequestParam(required = false) @Nullable UUID record, @RequestParam(required = false) @Nullable UUID author,
			@RequestParam(required = false) @Nullable OffsetDateTime from, @RequestParam(required = false) @Nullable OffsetDateTime to,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable Integer limit) {
		return notes.page(new NoteFilter(record, author == null ? null : new UserId(author), from, to), after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One note")
	Note get(@PathVariable NoteId id) {
		return notes.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a note on a record: recordKind (company, person), recordId, body (up to 20 000 characters "
			+ "of plain text; blank lines make paragraphs, web addresses links), privateNote (private customers only)")
	Note create(@RequestBody NoteInput input) {
		return notes.create(input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a note's body and privateNote (its author or an administrator); 'version' as read, or a 400 "
			+ "tells that someone changed it meanwhile. The record it is on stays")
	Note update(@PathVariable NoteId id, @RequestBody NoteInput input) {
		return notes.update(id, input);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a note (its author or an administrator); history keeps what it said")
	void delete(@PathVariable NoteId id) {
		notes.delete(id);
	}
}
