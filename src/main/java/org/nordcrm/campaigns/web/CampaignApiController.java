package org.nordcrm.campaigns.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Call;
import org.nordcrm.campaigns.Campaign;
import org.nordcrm.campaigns.CampaignId;
import org.nordcrm.campaigns.CampaignInput;
import org.nordcrm.campaigns.CampaignManagement;
import org.nordcrm.campaigns.Member;
import org.nordcrm.campaigns.MemberId;
import org.nordcrm.campaigns.OutcomeInput;
import org.nordcrm.campaigns.RecordRef;
import org.nordcrm.shared.CursorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Campaigns, their members (companies and persons, leads or customers) and call lists with call outcomes")
@SecurityRequirement(name = "token")
class CampaignApiController {

	/** Records to add: each a kind ("company" or "person") and an id. */
	record AddRequest(@Nullable List<RecordRef> records) {
	}

	/** The member to call now (null when none is due) and how many are due. */
	record Next(@Nullable Member member, int due) {
	}

	private final CampaignManagement campaigns;

	CampaignApiController(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping
	@Operation(summary = "List campaigns, newest first, a page at a time (pass a page's 'next' as 'after'); active=true or false filters")
	CursorPage<Campaign> list(@RequestParam(required = false) @Nullable Boolean active, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return campaigns.page(active, after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One campaign with its counts of members, open and done")
	Campaign get(@PathVariable CampaignId id) {
		return campaigns.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a campaign: name (up to 200 characters), description (up to 10 000); you own it")
	Campaign create(@RequestBody CampaignInput input) {
		return campaigns.create(input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change name and description: fields left out keep their value; 'version' as read, or a 400 tells that someone changed it meanwhile")
	Campaign update(@PathVariable CampaignId id, @RequestBody CampaignInput input) {
		return campaigns.update(id, input);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a campaign: its call list stops")
	Campaign close(@PathVariable CampaignId id) {
		return campaigns.close(id, true);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Open a closed campaign again")
	Campaign reopen(@PathVariable CampaignId id) {
		return campaigns.close(id, false);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a campaign; history keeps it")
	void delete(@PathVariable CampaignId id) {
		campaigns.delete(id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The campaign's members in call-list order, a page at a time (pass 'next' as 'after')")
	CursorPage<Member> members(@PathVariable CampaignId id, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return campaigns.members(id, after, limit);
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add records at the end of the call list: {\"records\": [{\"kind\": \"company\", \"id\": ...}, "
			+ "{\"kind\": \"person\", \"id\": ...}]} (up to 500). Records already in are skipped and counted; an unknown record, "
			+ "or another tenant's, is a 404 and nothing is added")
	CampaignManagement.Added add(@PathVariable CampaignId id, @RequestBody AddRequest request) {
		return campaigns.add(id, request.records());
	}

	@DeleteMapping("/{id}/members/{memberId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a member off the campaign; its calls stay on the record's timeline")
	void remove(@PathVariable CampaignId id, @PathVariable MemberId memberId) {
		campaigns.remove(id, memberId);
	}

	@GetMapping("/{id}/call-list/next")
	@Operation(summary = "The member to call now: the open one never called or whose next call time has come, by that time "
			+ "(never called first), then list order; null when none is due or the campaign is closed")
	Next next(@PathVariable CampaignId id) {
		return new Next(campaigns.next(id).orElse(null), campaigns.due(id));
	}

	@GetMapping("/{id}/members/{memberId}/outcomes")
	@Operation(summary = "A member's calls, newest first")
	List<Call> outcomes(@PathVariable CampaignId id, @PathVariable MemberId memberId) {
		return campaigns.calls(id, memberId, CursorPage.MAX_LIMIT);
	}

	@PostMapping("/{id}/members/{memberId}/outcomes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a call's outcome: outcome NO_ANSWER (due again after a pause), CALL_BACK (callBackAt: a day "
			+ "or a time; due then, and a task for you then), NOT_INTERESTED (done), MEETING_BOOKED (meetingStart, meetingEnd "
			+ "default an hour later; done, and an appointment with the record); comment (up to 2 000); version: the member's as "
			+ "read, or a 400 tells that someone called it meanwhile")
	Call record(@PathVariable CampaignId id, @PathVariable MemberId memberId, @RequestBody OutcomeInput input) {
		return campaigns.record(id, memberId, input);
	}
}
