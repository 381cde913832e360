package org.nordcrm.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.imports.ImportOptions;
import org.nordcrm.imports.ImportTarget;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Companies, contact persons and private customers from CSV or XLSX files: upload, "
		+ "mapping, preview, start, progress, cancel, report, failed rows and undo")
@SecurityRequirement(name = "token")
class ImportApiController {

	private final ImportManagement imports;
	private final ImportViews views;

	ImportApiController(ImportManagement imports, ImportViews views) {
		this.imports = imports;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "The latest imports, newest first")
	List<ImportJob> list(@RequestParam(required = false) @Nullable Integer limit) {
		return imports.latest(limit == null ? 20 : limit);
	}

	@PostMapping(consumes = { "text/csv", "application/octet-stream", "text/plain",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a file as the request body (target=COMPANY|PERSON|PRIVATE|LEAD_COMPANY|PRIVATE_LEAD, name=the file's name): "
			+ "it is read and checked, and a mapping is proposed from its headers")
	ImportJob upload(@RequestParam @Nullable ImportTarget target, @RequestParam(required = false) @Nullable String name,
			HttpServletRequest request) {
		try {
			return imports.upload(target, name, request.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a file as the multipart part 'file' (target=COMPANY|PERSON|PRIVATE|LEAD_COMPANY|PRIVATE_LEAD)")
	ImportJob uploadPart(@RequestParam @Nullable ImportTarget target, @RequestParam("file") MultipartFile file) {
		try {
			return imports.upload(target, file.getOriginalFilename(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/fields")
	@Operation(summary = "The fields a column can be mapped to, for a target")
	List<String> fields(@RequestParam ImportTarget target) {
		return ImportManagement.fields(target);
	}

	@GetMapping("/mappings")
	@Operation(summary = "The mappings saved for a target (header name -> field)")
	List<ImportManagement.SavedMapping> mappings(@RequestParam ImportTarget target) {
		return imports.mappings(target);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import: where it stands, rows done, rows per second, counters")
	ImportJob get(@PathVariable ImportId id) {
		return imports.get(id);
	}

	@PutMapping("/{id}/mapping")
	@Operation(summary = "Set the mapping (a field per column, by position; null: not imported), the duplicate policy "
			+ "(SKIP, UPDATE, CREATE), keepUnknownInNote, createMissing (categories and industries) and saveMappingAs")
	ImportJob mapping(@PathVariable ImportId id, @RequestBody ImportOptions options) {
		return imports.options(id, options);
	}

	@GetMapping("/{id}/preview")
	@Operation(summary = "What the import would do, nothing written: the first rows as they would be stored, counts of "
			+ "new, updated, duplicate and failed rows, every problem row (up to 200) and missing categories and industries")
	ImportViews.PreviewView preview(@PathVariable ImportId id, Locale locale) {
		return views.preview(imports.preview(id), locale);
	}

	@PostMapping("/{id}/start")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start the import: it runs in the background; follow it with GET /{id}")
	ImportJob start(@PathVariable ImportId id) {
		return imports.start(id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel the import: nothing of it is written")
	ImportJob cancel(@PathVariable ImportId id) {
		return imports.cancel(id);
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The report: counters and the first failed rows with the reason per row")
	Map<String, Object> report(@PathVariable ImportId id, Locale locale) {
		return Map.of("import", imports.get(id), "failedRows", views.failed(imports.failedRows(id, 0, 100), locale));
	}

	@GetMapping("/{id}/failed-rows")
	@Operation(summary = "The failed rows as CSV: row number, reason, then the row's cells as read")
	void failedRows(@PathVariable ImportId id, Locale locale, HttpServletResponse response) throws IOException {
		views.failedCsv(id, locale, response);
	}

	@PostMapping("/{id}/undo")
	@Operation(summary = "Undo a finished import (its importer or an administrator): what it created is deleted, what it "
			+ "updated gets its earlier values back, except records changed since (named in 'kept')")
	ImportManagement.UndoResult undo(@PathVariable ImportId id) {
		return imports.undo(id);
	}
}
