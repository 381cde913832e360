package org.nordcrm.security.web;

import java.util.UUID;

import org.nordcrm.security.ApiTokenManagement;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.security.internal.SessionPrincipal;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The user's own account: password, mobile number (for SMS reminders) and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

	record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
	}

	record TokenForm(String name) {
	}

	record MobileForm(String mobile) {
	}

	private final UserManagement users;
	private final ApiTokenManagement tokens;
	private final SessionPrincipal sessionPrincipal;

	AccountController(UserManagement users, ApiTokenManagement tokens, SessionPrincipal sessionPrincipal) {
		this.users = users;
		this.tokens = tokens;
		this.sessionPrincipal = sessionPrincipal;
	}

	@GetMapping("/password")
	String passwordForm(@ModelAttribute("form") PasswordForm form) {
		return "security/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CrmUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		try {
			var changed = users.changePassword(user, form.currentPassword(), nonNull(form.newPassword()), nonNull(form.repeatPassword()));
			sessionPrincipal.replace(user, changed, request, response);
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
			return "security/password";
		}
		flash.addFlashAttribute("flash", "password.changed");
		return "redirect:/";
	}

	@GetMapping("/mobile")
	String mobileForm(@AuthenticationPrincipal CrmUser user, Model model) {
		model.addAttribute("form", new MobileForm(users.mobile(user.id()).orElse("")));
		return "security/mobile";
	}

	@PostMapping("/mobile")
	String setMobile(@AuthenticationPrincipal CrmUser user, @ModelAttribute("form") MobileForm form, BindingResult result,
			RedirectAttributes flash) {
		try {
			users.setMobile(user.id(), form.mobile());
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
			return "security/mobile";
		}
		flash.addFlashAttribute("flash", "mobile.saved");
		return "redirect:/account/mobile";
	}

	@GetMapping("/tokens")
	String tokens(@AuthenticationPrincipal CrmUser user, Model model) {
		model.addAttribute("form", new TokenForm(""));
		model.addAttribute("tokens", tokens.list(user.id()));
		return "security/tokens";
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal CrmUser user, @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model) {
		try {
			model.addAttribute("issued", tokens.create(user.id(), nonNull(form.name())));
			model.addAttribute("form", new TokenForm(""));
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
		}
		model.addAttribute("tokens", tokens.list(user.id()));
		return "security/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal CrmUser user, @PathVariable UUID id, RedirectAttributes flash) {
		tokens.revoke(user.id(), id);
		flash.addFlashAttribute("flash", "token.revoked");
		return "redirect:/account/tokens";
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
