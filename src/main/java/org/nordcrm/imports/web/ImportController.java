package org.nordcrm.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.DuplicatePolicy;
import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.imports.ImportOptions;
import org.nordcrm.imports.ImportState;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The import pages: upload, mapping, preview, progress (polled by htmx; the page can be left and opened again)
 * and report. Each step is a page of its own URL.
 */
@Controller
class ImportController {

	private final ImportManagement imports;
	private final ImportViews views;
	private final MessageSource messages;

	ImportController(ImportManagement imports, ImportViews views, MessageSource messages) {
		this.imports = imports;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String list(Model model) {
		model.addAttribute("targets", ImportTarget.values());
		model.addAttribute("jobs", imports.latest(20));
		return "imports/list";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) @Nullable ImportTarget target,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model, Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				throw InvalidInput.of("file", "import.error.noFile");
			}
			var job = imports.upload(target, file.getOriginalFilename(), file.getInputStream());
			return "redirect:/imports/" + job.id();
		}
		catch (InvalidInput e) {
			model.addAttribute("uploadErrors", texts(e, locale));
			model.addAttribute("target", target);
			return list(model);
		}
	}

	@GetMapping("/imports/{id}")
	String job(@PathVariable ImportId id, Model model, Locale locale) {
		var job = imports.get(id);
		model.addAttribute("job", job);
		model.addAttribute("error", views.error(job, locale));
		if (job.state() == ImportState.UPLOADED || job.state() == ImportState.FAILED) {
			model.addAttribute("fields", ImportManagement.fields(job.target()));
			model.addAttribute("policies", DuplicatePolicy.values());
			return "imports/mapping";
		}
		model.addAttribute("failedRows", views.failed(imports.failedRows(id, 0, 20), locale));
		return "imports/job";
	}

	/** The progress and, once done, the report: asked for every second while the import runs. */
	@GetMapping("/imports/{id}/status")
	String status(@PathVariable ImportId id, Model model, Locale locale) {
		var job = imports.get(id);
		model.addAttribute("job", job);
		model.addAttribute("error", views.error(job, locale));
		model.addAttribute("failedRows", views.failed(imports.failedRows(id, 0, 20), locale));
		return "imports/job :: status";
	}

	@PostMapping("/imports/{id}/mapping")
	String mapping(@PathVariable ImportId id, @RequestParam(name = "field", required = false) @Nullable List<String> fields,
			@RequestParam(required = false) @Nullable DuplicatePolicy duplicates,
			@RequestParam(required = false) @Nullable Boolean keepUnknownInNote,
			@RequestParam(required = false) @Nullable Boolean createMissing,
			@RequestParam(required = false) @Nullable String saveMappingAs, Model model, Locale locale) {
		var mapping = new ArrayList<@Nullable String>();
		if (fields != null) {
			fields.forEach(f -> mapping.add(f == null || f.isBlank() ? null : f));
		}
		try {
			imports.options(id, new ImportOptions(mapping, duplicates, keepUnknownInNote, createMissing, saveMappingAs));
			return "redirect:/imports/" + id + "/preview";
		}
		catch (InvalidInput e) {
			model.addAttribute("mappingErrors", texts(e, locale));
			return job(id, model, locale);
		}
	}

	@GetMapping("/imports/{id}/preview")
	String preview(@PathVariable ImportId id, Model model, Locale locale) {
		var job = imports.get(id);
		if (job.state() != ImportState.UPLOADED && job.state() != ImportState.FAILED) {
			return "redirect:/imports/" + id;
		}
		model.addAttribute("preview", views.preview(imports.preview(id), locale));
		model.addAttribute("job", job);
		return "imports/preview";
	}

	@PostMapping("/imports/{id}/start")
	String start(@PathVariable ImportId id, RedirectAttributes flash, Locale locale) {
		try {
			imports.start(id);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/cancel")
	String cancel(@PathVariable ImportId id, RedirectAttributes flash) {
		try {
			imports.cancel(id);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/undo")
	String undo(@PathVariable ImportId id, RedirectAttributes flash) {
		try {
			var r = imports.undo(id);
			flash.addFlashAttribute("flash", r.kept().isEmpty() ? "import.undone" : "import.undoneKept");
			flash.addFlashAttribute("flashArgs", new Object[] { r.removed(), r.reverted(), String.join(", ", r.kept()) });
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{id}/failed-rows")
	void failedRows(@PathVariable ImportId id, Locale locale, HttpServletResponse response) throws IOException {
		views.failedCsv(id, locale, response);
	}

	private List<String> texts(InvalidInput e, Locale locale) {
		return e.errors().stream().map(err -> messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale)).toList();
	}

	static boolean finished(ImportJob job) {
		return job.state().finished();
	}
}
