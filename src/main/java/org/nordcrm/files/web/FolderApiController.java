package org.nordcrm.files.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.Folder;
import org.nordcrm.files.FolderId;
import org.nordcrm.files.FolderTemplateManagement;
import org.nordcrm.files.TemplateFolder;
import org.nordcrm.files.TemplateFolderId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Folders of records' file areas, and the folder template of new companies (administrators). */
@RestController
@Tag(name = "Folders", description = "Folders of file areas and the folder template every new company gets")
@SecurityRequirement(name = "token")
class FolderApiController {

	record FolderInput(@Nullable String recordKind, @Nullable UUID recordId, @Nullable String name) {
	}

	record Items<T>(List<T> items) {
	}

	record Applied(int added) {
	}

	private final FileManagement files;
	private final FolderTemplateManagement template;

	FolderApiController(FileManagement files, FolderTemplateManagement template) {
		this.files = files;
		this.template = template;
	}

	@GetMapping("/api/v1/folders")
	@Operation(summary = "The folders of one record's file area")
	Items<Folder> list(@RequestParam String recordKind, @RequestParam UUID recordId) {
		return new Items<>(files.folders(files.record(recordKind, recordId)));
	}

	@PostMapping("/api/v1/folders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new folder in a record's file area")
	Folder create(@RequestBody FolderInput in) {
		if (in.recordKind() == null || in.recordId() == null) {
			throw org.nordcrm.shared.InvalidInput.of(in.recordKind() == null ? "recordKind" : "recordId", "file.error.record");
		}
		return files.createFolder(files.record(in.recordKind(), in.recordId()), in.name());
	}

	@GetMapping("/api/v1/folders/{id}")
	@Operation(summary = "One folder")
	Folder get(@PathVariable FolderId id) {
		return files.folder(id);
	}

	@PatchMapping("/api/v1/folders/{id}")
	@Operation(summary = "Rename a folder")
	Folder rename(@PathVariable FolderId id, @RequestBody FolderInput in) {
		files.folder(id);
		return files.renameFolder(id, in.name());
	}

	@DeleteMapping("/api/v1/folders/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an empty folder")
	void delete(@PathVariable FolderId id) {
		files.deleteFolder(id);
	}

	@GetMapping("/api/v1/folder-template")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The folder template every new company gets")
	Items<TemplateFolder> template() {
		return new Items<>(template.list());
	}

	@PostMapping("/api/v1/folder-template")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a folder to the template")
	TemplateFolder addToTemplate(@RequestBody FolderInput in) {
		return template.add(in.name());
	}

	@DeleteMapping("/api/v1/folder-template/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a folder out of the template (companies keep theirs)")
	void removeFromTemplate(@PathVariable TemplateFolderId id) {
		template.remove(id);
	}

	@PostMapping("/api/v1/folder-template/apply")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Give every existing company the template's folders it lacks; files are not touched")
	Applied apply() {
		return new Applied(template.applyToAll());
	}
}
