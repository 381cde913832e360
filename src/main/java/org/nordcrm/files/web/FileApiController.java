package org.nordcrm.files.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.files.FileId;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.FolderId;
import org.nordcrm.files.RecordRef;
import org.nordcrm.files.StoredFile;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files", description = "Files in the file areas of companies and persons")
@SecurityRequirement(name = "token")
class FileApiController {

	record Usage(long used, long quota, long maxSize) {
	}

	private final FileManagement files;

	FileApiController(FileManagement files) {
		this.files = files;
	}

	@GetMapping
	@Operation(summary = "Files, optionally of one record (recordKind and recordId) and/or one folder, a page at a time")
	CursorPage<StoredFile> list(@RequestParam(required = false) @Nullable String recordKind,
			@RequestParam(required = false) @Nullable UUID recordId, @RequestParam(required = false) @Nullable FolderId folderId,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable Integer limit) {
		RecordRef record = null;
		if (recordKind != null || recordId != null) {
			if (recordKind == null || recordId == null) {
				throw InvalidInput.of(recordKind == null ? "recordKind" : "recordId", "file.error.record");
			}
			record = files.record(recordKind, recordId);
		}
		return files.page(record, folderId, after, limit);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a file (multipart: file, recordKind, recordId, optional folderId); a name taken in the folder is numbered")
	StoredFile upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String recordKind,
			@RequestParam(required = false) @Nullable UUID recordId, @RequestParam(required = false) @Nullable FolderId folderId) throws IOException {
		if (recordKind == null || recordId == null) {
			throw InvalidInput.of(recordKind == null ? "recordKind" : "recordId", "file.error.record");
		}
		var record = files.record(recordKind, recordId);
		if (file == null) {
			throw InvalidInput.of("file", "file.error.none");
		}
		try (var in = file.getInputStream()) {
			return files.upload(record, folderId, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in);
		}
	}

	@GetMapping("/usage")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Bytes the tenant's files take (deleted ones too) against its quota, and the largest file accepted")
	Usage usage() {
		return new Usage(files.usage(), files.quota(), files.maxSize());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One file's description (name, sniffed content type, size, SHA-256...)")
	StoredFile get(@PathVariable FileId id) {
		return files.get(id);
	}

	@GetMapping("/{id}/content")
	@Operation(summary = "The contents; inline=true shows images and PDF in the browser, everything else is an attachment")
	ResponseEntity<InputStreamResource> content(@PathVariable FileId id, @RequestParam(defaultValue = "false") boolean inline) {
		return Downloads.of(files.get(id), files.open(id), inline);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename (name) and/or move (folderId; null: out of any folder); version, if given, must be the one read")
	StoredFile change(@PathVariable FileId id, @RequestBody(required = false) @Nullable JsonNode body) {
		var file = files.get(id);
		if (body == null || !body.isObject()) {
			throw InvalidInput.of(null, "file.error.change");
		}
		var version = body.hasNonNull("version") ? Integer.valueOf(body.get("version").asInt()) : null;
		if (body.has("folderId")) {
			file = files.move(id, folder(body.get("folderId")), version);
			version = null;
		}
		if (body.has("name")) {
			file = files.rename(id, body.get("name").isNull() ? null : body.get("name").asString(), version);
		}
		return file;
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a file softly: it can be restored")
	void delete(@PathVariable FileId id) {
		files.delete(id);
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Restore a deleted file into its folder")
	StoredFile restore(@PathVariable FileId id) {
		return files.restore(id);
	}

	private static @Nullable FolderId folder(JsonNode node) {
		try {
			return node.isNull() ? null : FolderId.of(node.asString());
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("folderId", "file.error.folder");
		}
	}
}
