package org.nordcrm.campaigns.web;

import java.util.stream.Collectors;

import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.campaigns.CampaignManagement;
import org.nordcrm.campaigns.Member;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The call list, made for a phone: one record at a time (the member due first), how to reach it, its last calls and
 * the four outcomes. Saving one goes to the next member due; when none is due the page says so. A refused outcome
 * (bad time, someone called the member meanwhile) shows the same member again with the error and what was typed.
 */
@Controller
class CallListController {

	static final int LAST_CALLS = 5;

	private final CampaignManagement campaigns;
	private final CallCards cards;
	private final UserManagement users;

	CallListController(CampaignManagement campaigns, CallCards cards, UserManagement users) {
		this.campaigns = campaigns;
		this.cards = cards;
		this.users = users;
	}

	@GetMapping("/campaigns/{id}/call")
	String next(@PathVariable CampaignId id, Model model) {
		var member = campaigns.next(id).orElse(null);
		if (member != null && !model.containsAttribute("form")) {
			var form = new CallForm();
			form.setVersion(member.version());
			model.addAttribute("form", form);
		}
		return page(id, member, model);
	}

	@PostMapping("/campaigns/{id}/call/{memberId}")
	String record(@PathVariable CampaignId id, @PathVariable MemberId memberId, @ModelAttribute("form") CallForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		var member = campaigns.member(id, memberId);
		try {
			campaigns.record(id, memberId, form.input());
			flash.addFlashAttribute("flash", "campaigns.recorded");
			flash.addFlashAttribute("flashArgs", new Object[] { member.recordName() });
			return "redirect:/campaigns/" + id + "/call";
		}
		catch (InvalidInput e) {
			FormErrors.apply(e, result);
		}
		var now = campaigns.member(id, memberId);
		form.setVersion(now.version());
		return page(id, now, model);
	}

	private String page(CampaignId id, @org.jspecify.annotations.Nullable Member member, Model model) {
		var campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("member", member);
		model.addAttribute("due", campaigns.due(id));
		if (member != null) {
			model.addAttribute("card", cards.of(member));
			var calls = campaigns.callsOf(member.recordId(), null, LAST_CALLS);
			model.addAttribute("calls", calls);
			model.addAttribute("campaignNames", campaigns.names(calls.stream().map(c -> c.campaignId().value()).toList()));
			model.addAttribute("users", users.list().stream().collect(Collectors.toMap(u -> u.id().value(), u -> u.name())));
		}
		return "campaigns/call";
	}
}
