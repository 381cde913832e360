package org.nordcrm.calendar.web;

import org.nordcrm.calendar.CalendarFeedManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's calendar subscription: calendar clients (Google Calendar, Outlook, Apple Calendar) fetch it without a
 * login, so the secret in the address is the only key; an unknown or revoked one is simply not found.
 */
@RestController
class IcsController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeedManagement feeds;

	IcsController(CalendarFeedManagement feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/ics/{token}")
	ResponseEntity<String> feed(@PathVariable String token) {
		var secret = token.endsWith(".ics") ? token.substring(0, token.length() - 4) : token;
		return feeds.feed(secret).map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noCache())
			.header("Content-Disposition", "inline; filename=\"nordcrm.ics\"").body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
