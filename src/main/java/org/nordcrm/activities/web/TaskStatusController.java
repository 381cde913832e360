package org.nordcrm.activities.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.activities.TaskStatusManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Task statuses: the register in order, with a form to add a status or change the one being edited. */
@Controller
@RequestMapping("/admin/task-statuses")
@PreAuthorize("hasRole('ADMIN')")
class TaskStatusController {

	/** The form: a name, whether the status closes a task, and the version read. */
	record StatusForm(@Nullable String name, @Nullable Boolean closes, @Nullable Integer version) {
	}

	private final TaskStatusManagement statuses;

	TaskStatusController(TaskStatusManagement statuses) {
		this.statuses = statuses;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable TaskStatusId edit, Model model) {
		var editing = edit == null ? null : statuses.get(edit);
		model.addAttribute("form", editing == null ? new StatusForm(null, false, null)
				: new StatusForm(editing.name(), editing.closes(), editing.version()));
		return page(editing == null ? null : editing.id(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") StatusForm form, BindingResult result, Model model, RedirectAttributes flash) {
		return save(null, form, result, model, flash);
	}

	@PostMapping("/{id}")
	String update(@PathVariable TaskStatusId id, @ModelAttribute("form") StatusForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		statuses.get(id);
		return save(id, form, result, model, flash);
	}

	@PostMapping("/{id}/up")
	String up(@PathVariable TaskStatusId id) {
		statuses.move(id, true);
		return "redirect:/admin/task-statuses";
	}

	@PostMapping("/{id}/down")
	String down(@PathVariable TaskStatusId id) {
		statuses.move(id, false);
		return "redirect:/admin/task-statuses";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable TaskStatusId id, RedirectAttributes flash) {
		try {
			statuses.delete(id);
			flash.addFlashAttribute("flash", "register.deleted");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/admin/task-statuses";
	}

	private String save(@Nullable TaskStatusId id, StatusForm form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				statuses.save(id, form.name(), Boolean.TRUE.equals(form.closes()), form.version());
				flash.addFlashAttribute("flash", "register.saved");
				return "redirect:/admin/task-statuses";
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return page(id, model);
	}

	private String page(@Nullable TaskStatusId editing, Model model) {
		model.addAttribute("statuses", statuses.list());
		model.addAttribute("editing", editing);
		return "tasks/statuses";
	}
}
