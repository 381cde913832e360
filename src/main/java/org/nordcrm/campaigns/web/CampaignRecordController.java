package org.nordcrm.campaigns.web;

import java.util.UUID;
import java.util.stream.Collectors;

import org.nordcrm.campaigns.CampaignManagement;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Campaigns" under a company's or person's facts: the campaigns it is in, its state there and its last outcome. */
@Controller
class CampaignRecordController {

	private final CampaignManagement campaigns;
	private final UserManagement users;

	CampaignRecordController(CampaignManagement campaigns, UserManagement users) {
		this.campaigns = campaigns;
		this.users = users;
	}

	@Bean
	static RecordSection companyCampaignsSection() {
		return new RecordSection.Simple("company", "campaigns", 40, "/campaigns/record/company/%s");
	}

	@Bean
	static RecordSection personCampaignsSection() {
		return new RecordSection.Simple("person", "campaigns", 40, "/campaigns/record/person/%s");
	}

	@GetMapping("/campaigns/record/{kind}/{id}")
	String section(@PathVariable String kind, @PathVariable UUID id, Model model) {
		campaigns.record(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
		model.addAttribute("memberships", campaigns.membershipsOf(id));
		model.addAttribute("users", users.list().stream().collect(Collectors.toMap(u -> u.id().value(), u -> u.name())));
		return "campaigns/section :: campaignsSection";
	}
}
