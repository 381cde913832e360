package org.nordcrm.settings.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.TenantPreferences;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings index (with the tenant's preferences) and the pages of the simple registers, one page each at /admin/settings/{register}: the
 * list with a form to add an entry, or to change the one being edited.
 */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class RegisterController {

	private final Registers registers;
	private final TenantPreferences preferences;

	RegisterController(Registers registers, TenantPreferences preferences) {
		this.registers = registers;
		this.preferences = preferences;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("registers", Register.values());
		model.addAttribute("preferences", preferences.get());
		return "settings/index";
	}

	@GetMapping("/{register}")
	String list(@PathVariable String register, Model model) {
		model.addAttribute("form", RegisterForm.blank());
		return page(Register.page(register), null, model);
	}

	@PostMapping("/{register}")
	String create(@PathVariable String register, @ModelAttribute("form") RegisterForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		return save(Register.page(register), null, null, form, result, model, flash);
	}

	@GetMapping("/{register}/{id}")
	String edit(@PathVariable String register, @PathVariable UUID id, Model model) {
		var r = Register.page(register);
		var entry = r.find(registers, id);
		model.addAttribute("form", RegisterForm.of(entry));
		return page(r, entry, model);
	}

	@PostMapping("/{register}/{id}")
	String update(@PathVariable String register, @PathVariable UUID id, @ModelAttribute("form") RegisterForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		var r = Register.page(register);
		return save(r, id, r.find(registers, id), form, result, model, flash);
	}

	@PostMapping("/{register}/{id}/delete")
	String delete(@PathVariable String register, @PathVariable UUID id, RedirectAttributes flash) {
		var r = Register.page(register);
		try {
			r.delete(registers, id);
			flash.addFlashAttribute("flash", "register.deleted");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/admin/settings/" + r.page;
	}

	private String save(Register r, @Nullable UUID id, @Nullable Object editing, RegisterForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				r.save(registers, id, form.input());
				flash.addFlashAttribute("flash", editing == null ? "register.created" : "register.saved");
				return "redirect:/admin/settings/" + r.page;
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return page(r, editing, model);
	}

	private String page(Register r, @Nullable Object editing, Model model) {
		model.addAttribute("register", r);
		model.addAttribute("entries", r.list(registers));
		model.addAttribute("editing", editing);
		return "settings/register";
	}
}
