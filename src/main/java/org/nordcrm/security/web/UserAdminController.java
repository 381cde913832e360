package org.nordcrm.security.web;

import org.nordcrm.security.CrmUser;
import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for administrators: create, deactivate, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserManagement users;

	UserAdminController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.list());
		return "security/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUser("", "", Role.USER, null));
		return "security/user-new";
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") NewUser form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("issued", users.create(form));
				return "security/user-password";
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return "security/user-new";
	}

	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal CrmUser actor, @PathVariable UserId id, @RequestParam boolean active,
			RedirectAttributes flash) {
		try {
			users.setActive(id, active, actor);
			flash.addFlashAttribute("flash", active ? "user.activated" : "user.deactivated");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UserId id, Model model) {
		model.addAttribute("issued", users.resetPassword(id));
		model.addAttribute("reset", true);
		return "security/user-password";
	}
}
