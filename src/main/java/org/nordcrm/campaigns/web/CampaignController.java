package org.nordcrm.campaigns.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.campaigns.CampaignManagement;
import org.nordcrm.campaigns.MemberId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages: the list with its counts and a new campaign, and a campaign's page (name and description
 * edited in place, close or reopen, its members with their state and last outcome, add by the record picker, remove).
 */
@Controller
class CampaignController {

	static final int LIST_LIMIT = 500;

	private final CampaignManagement campaigns;
	private final UserManagement users;

	CampaignController(CampaignManagement campaigns, UserManagement users) {
		this.campaigns = campaigns;
		this.users = users;
	}

	@GetMapping("/campaigns")
	String list(@RequestParam(defaultValue = "false") boolean closed, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CampaignForm());
		}
		model.addAttribute("campaigns", campaigns.list(closed, LIST_LIMIT));
		model.addAttribute("closed", closed);
		return "campaigns/list";
	}

	@PostMapping("/campaigns")
	String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model) {
		try {
			var created = campaigns.create(form.input());
			return "redirect:/campaigns/" + created.id();
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
		}
		return list(false, model);
	}

	@GetMapping("/campaigns/{id}")
	String show(@PathVariable CampaignId id, Model model) {
		var campaign = campaigns.get(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CampaignForm.of(campaign));
		}
		var page = campaigns.members(id, null, LIST_LIMIT);
		model.addAttribute("campaign", campaign);
		model.addAttribute("members", page.items());
		model.addAttribute("more", page.next() != null);
		model.addAttribute("due", campaigns.due(id));
		model.addAttribute("users", users.list().stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(), u -> u.name())));
		model.addAttribute("picked", List.of());
		if (!model.containsAttribute("editing")) {
			model.addAttribute("editing", false);
		}
		return "campaigns/campaign";
	}

	@PostMapping("/campaigns/{id}")
	String update(@PathVariable CampaignId id, @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		campaigns.get(id);
		try {
			campaigns.update(id, form.input());
			flash.addFlashAttribute("flash", "campaigns.saved");
			return "redirect:/campaigns/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
		}
		model.addAttribute("editing", true);
		return show(id, model);
	}

	@PostMapping("/campaigns/{id}/close")
	String close(@PathVariable CampaignId id) {
		campaigns.close(id, true);
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/reopen")
	String reopen(@PathVariable CampaignId id) {
		campaigns.close(id, false);
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/members")
	String add(@PathVariable CampaignId id, @RequestParam(required = false) @Nullable List<UUID> ids, RedirectAttributes flash) {
		campaigns.get(id);
		try {
			var added = campaigns.addIds(id, ids);
			flash.addFlashAttribute("flash", "campaigns.added");
			flash.addFlashAttribute("flashArgs", new Object[] { added.added().size(), added.skipped() });
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/members/{memberId}/remove")
	String remove(@PathVariable CampaignId id, @PathVariable MemberId memberId) {
		campaigns.remove(id, memberId);
		return "redirect:/campaigns/" + id;
	}
}
