package org.nordcrm.files.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.FolderTemplateManagement;
import org.nordcrm.files.TemplateFolderId;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → File folders: the folder template of new companies, applying it to existing ones, and the quota in use. */
@Controller
@RequestMapping("/admin/files")
@PreAuthorize("hasRole('ADMIN')")
class FolderTemplateController {

	private final FolderTemplateManagement template;
	private final FileManagement files;

	FolderTemplateController(FolderTemplateManagement template, FileManagement files) {
		this.template = template;
		this.files = files;
	}

	@GetMapping
	String page(Model model) {
		long used = files.usage();
		model.addAttribute("folders", template.list());
		model.addAttribute("used", FileManagement.readable(used));
		model.addAttribute("quota", FileManagement.readable(files.quota()));
		model.addAttribute("percent", files.quota() == 0 ? 100 : Math.min(100, Math.round(100.0 * used / files.quota())));
		model.addAttribute("maxSize", FileManagement.readable(files.maxSize()));
		return "files/template";
	}

	@PostMapping
	String add(@RequestParam(required = false) @Nullable String name, RedirectAttributes flash) {
		try {
			template.add(name);
			flash.addFlashAttribute("flash", "folderTemplate.added");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
			flash.addFlashAttribute("flashErrorArgs", e.errors().getFirst().args());
		}
		return "redirect:/admin/files";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable TemplateFolderId id, RedirectAttributes flash) {
		template.remove(id);
		flash.addFlashAttribute("flash", "folderTemplate.removed");
		return "redirect:/admin/files";
	}

	@PostMapping("/apply")
	String apply(RedirectAttributes flash) {
		flash.addFlashAttribute("flash", "folderTemplate.applied");
		flash.addFlashAttribute("flashArgs", new Object[] { template.applyToAll() });
		return "redirect:/admin/files";
	}
}
