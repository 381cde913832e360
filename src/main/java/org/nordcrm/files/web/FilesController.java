package org.nordcrm.files.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.files.FileId;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.FolderId;
import org.nordcrm.files.RecordRef;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Files tab of a company's and a person's card (leads: one more {@link RecordTab} bean when they exist): folders
 * and files, upload, rename, move, delete and restore. Every action answers with the tab again (htmx), or sends a
 * browser without script back to the card.
 */
@Controller
class FilesController {

	private final FileManagement files;
	private final FilesTab tab;

	FilesController(FileManagement files, FilesTab tab) {
		this.files = files;
		this.tab = tab;
	}

	@Bean
	static RecordTab companyFilesTab() {
		return new RecordTab.Simple("company", "files", "files.tab", 70, "/files/company/%s");
	}

	@Bean
	static RecordTab personFilesTab() {
		return new RecordTab.Simple("person", "files", "files.tab", 70, "/files/person/%s");
	}

	@GetMapping("/files/{kind}/{id}")
	String show(@PathVariable String kind, @PathVariable UUID id, Model model) {
		return tab.render(files.record(kind, id), model, List.of(), null);
	}

	/** Several files at once (the page sends them with progress by script); each is stored or refused on its own. */
	@PostMapping("/files/{kind}/{id}/upload")
	String upload(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable List<MultipartFile> files,
			@RequestParam(required = false) @Nullable String folderId, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		var record = this.files.record(kind, id);
		var errors = new ArrayList<InvalidInput.FieldError>();
		int stored = 0;
		var chosen = files == null ? List.<MultipartFile>of() : files.stream().filter(f -> !f.isEmpty() || !f.getOriginalFilename().isBlank()).toList();
		if (chosen.isEmpty()) {
			errors.add(new InvalidInput.FieldError("file", "file.error.none"));
		}
		for (var file : chosen) {
			try (var in = file.getInputStream()) {
				this.files.upload(record, folder(folderId), file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in);
				stored++;
			}
			catch (InvalidInput e) {
				errors.addAll(e.errors());
			}
			catch (IOException e) {
				errors.add(new InvalidInput.FieldError("file", "file.error.failed", file.getOriginalFilename()));
			}
		}
		return answer(htmx, record, model, errors, stored > 0 ? "files.uploaded" : null, stored);
	}

	@PostMapping("/files/{kind}/{id}/folders")
	String createFolder(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.record(kind, id);
		return act(htmx, record, model, "folder.created", () -> files.createFolder(record, name));
	}

	@PostMapping("/files/folders/{id}/rename")
	String renameFolder(@PathVariable FolderId id, @RequestParam(required = false) @Nullable String name,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.folder(id).record();
		return act(htmx, record, model, "folder.renamed", () -> files.renameFolder(id, name));
	}

	@PostMapping("/files/folders/{id}/delete")
	String deleteFolder(@PathVariable FolderId id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.folder(id).record();
		return act(htmx, record, model, "folder.deleted", () -> files.deleteFolder(id));
	}

	@PostMapping("/files/{id}/rename")
	String rename(@PathVariable FileId id, @RequestParam(required = false) @Nullable String name,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.get(id).record();
		return act(htmx, record, model, "files.renamed", () -> files.rename(id, name, null));
	}

	@PostMapping("/files/{id}/move")
	String move(@PathVariable FileId id, @RequestParam(required = false) @Nullable String folderId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.get(id).record();
		return act(htmx, record, model, "files.moved", () -> files.move(id, folder(folderId), null));
	}

	@PostMapping("/files/{id}/delete")
	String delete(@PathVariable FileId id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = files.get(id).record();
		return act(htmx, record, model, "files.deleted", () -> files.delete(id));
	}

	@PostMapping("/files/{id}/restore")
	String restore(@PathVariable FileId id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var record = tab.deletedRecord(id);
		return act(htmx, record, model, "files.restored", () -> files.restore(id));
	}

	private String act(@Nullable String htmx, RecordRef record, Model model, String done, Runnable action) {
		try {
			action.run();
			return answer(htmx, record, model, List.of(), done, 0);
		}
		catch (InvalidInput e) {
			return answer(htmx, record, model, e.errors(), null, 0);
		}
	}

	private String answer(@Nullable String htmx, RecordRef record, Model model, List<InvalidInput.FieldError> errors,
			@Nullable String done, int count) {
		if (htmx == null) {
			return "redirect:" + files.filesUrl(record.kind(), record.id());
		}
		model.addAttribute("doneCount", count);
		return tab.render(record, model, errors, done);
	}

	private static @Nullable FolderId folder(@Nullable String id) {
		try {
			return id == null ? null : FolderId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("folderId", "file.error.folder");
		}
	}
}
