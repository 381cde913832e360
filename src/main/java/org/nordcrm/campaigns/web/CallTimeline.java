package org.nordcrm.campaigns.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Call;
import org.nordcrm.campaigns.CampaignManagement;
import org.nordcrm.campaigns.Outcome;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Formats;
import org.nordcrm.shell.TimelineEntry;
import org.nordcrm.shell.TimelineSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Calls made from call lists on the record's activity timeline: "Call (Campaign): Call back 24.11.2026 10:00". */
@Component
class CallTimeline implements TimelineSource {

	private final CampaignManagement campaigns;
	private final UserManagement users;
	private final MessageSource messages;
	private final Formats formats;

	CallTimeline(CampaignManagement campaigns, UserManagement users, MessageSource messages, Formats formats) {
		this.campaigns = campaigns;
		this.users = users;
		this.messages = messages;
		this.formats = formats;
	}

	@Override
	public String kind() {
		return CampaignManagement.CALL;
	}

	@Override
	public List<TimelineEntry> entries(String recordKind, UUID recordId, @Nullable Instant before, int limit) {
		if (campaigns.record(recordKind, recordId).isEmpty()) {
			return List.of();
		}
		var found = campaigns.callsOf(recordId, before, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		var names = users.list().stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		var campaignNames = campaigns.names(found.stream().map(c -> c.campaignId().value()).collect(Collectors.toSet()));
		var locale = LocaleContextHolder.getLocale();
		return found.stream().map(c -> {
			var outcome = messages.getMessage(c.outcome().messageKey(), null, locale);
			var title = messages.getMessage("timeline.call", new Object[] { campaignNames.getOrDefault(c.campaignId().value(), ""),
					outcome + when(c) }, locale);
			return new TimelineEntry(kind(), c.at(), icon(c.outcome()), title, c.comment(),
					campaignNames.containsKey(c.campaignId().value()) ? "/campaigns/" + c.campaignId() : null,
					names.getOrDefault(c.by().value(), ""));
		}).toList();
	}

	private String when(Call c) {
		if (c.callBackAt() != null) {
			return " " + formats.dateTime(c.callBackAt());
		}
		return c.meetingStart() == null ? "" : " " + formats.dateTime(c.meetingStart());
	}

	private static String icon(Outcome outcome) {
		return switch (outcome) {
			case NO_ANSWER -> "telephone-x";
			case CALL_BACK -> "telephone-forward";
			case NOT_INTERESTED -> "hand-thumbs-down";
			case MEETING_BOOKED -> "calendar-check";
		};
	}
}
