package org.nordcrm.calendar.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.Appointment;
import org.nordcrm.calendar.AppointmentId;
import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.calendar.CalendarFeedManagement;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.StyleNonce;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.UserGroupId;
import org.nordcrm.settings.UserGroups;
import org.nordcrm.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The shared booking calendar (FullCalendar, static/js/calendar.js): one user's, a group's or everyone's
 * appointments by day, week or month, its event feed, moves by drag, "my bookings this week", and the user's
 * calendar subscription.
 */
@Controller
class CalendarController {

	/** One appointment as FullCalendar reads it. */
	record Event(String id, String title, String start, String end, boolean allDay, String url, Map<String, Object> extendedProps) {
	}

	private final AppointmentManagement appointments;
	private final CalendarFeedManagement feeds;
	private final UserGroups groups;
	private final Names names;
	private final MessageSource messages;

	CalendarController(AppointmentManagement appointments, CalendarFeedManagement feeds, UserGroups groups, Names names,
			MessageSource messages) {
		this.appointments = appointments;
		this.feeds = feeds;
		this.groups = groups;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @Nullable String show, HttpServletRequest request, Model model) {
		var me = CurrentUser.get().orElseThrow();
		model.addAttribute("show", show == null || show.isBlank() ? "user:" + me.id() : show);
		model.addAttribute("users", names.activeUsers());
		model.addAttribute("groups", flat(groups.tree(), new java.util.ArrayList<>()));
		model.addAttribute("feed", feeds.current(me.id()).orElse(null));
		// FullCalendar adds its styles at run time: the page's nonce lets exactly those in, and its icon font is a data: URL
		model.addAttribute("styleNonce", StyleNonce.of(request));
		StyleNonce.allowDataFonts(request);
		return "calendar/calendar";
	}

	/** The appointments of [start, end) for FullCalendar: of one user (show=user:id), a group (group:id) or everyone. */
	@GetMapping("/calendar/events")
	@ResponseBody
	List<Event> events(@RequestParam String start, @RequestParam String end, @RequestParam(required = false) @Nullable String show) {
		var found = appointments.inRange(whose(show), instant(start), instant(end));
		return found.stream().map(CalendarController::event).toList();
	}

	/** My appointments this week as a plain list: what a phone shows one tap from the start page. */
	@GetMapping("/calendar/mine")
	String mine(Model model) {
		var me = CurrentUser.get().orElseThrow();
		var zone = Names.zone();
		var monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var found = appointments.inRange(List.of(me.id()), monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
		model.addAttribute("week", names.views(found));
		model.addAttribute("monday", monday);
		return "calendar/mine";
	}

	/** A drag or resize in the calendar; a refusal says why, and the calendar puts the appointment back. */
	@PostMapping("/calendar/appointments/{id}/move")
	@ResponseBody
	ResponseEntity<Map<String, Object>> move(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String end, @RequestParam(defaultValue = "false") boolean allDay,
			@RequestParam(required = false) @Nullable Integer version, Locale locale) {
		appointments.get(id);
		try {
			var moved = appointments.move(id, version, start == null ? null : instant(start), end == null || end.isBlank() ? null : instant(end), allDay);
			return ResponseEntity.ok(Map.of("version", moved.version()));
		}
		catch (InvalidInput e) {
			var error = e.errors().getFirst();
			var stale = error.field() == null;
			return ResponseEntity.status(stale ? 409 : 400).body(Map.of("message", messages.getMessage(error.messageKey(), error.args(), locale)));
		}
	}

	@PostMapping("/calendar/subscription")
	String renew(RedirectAttributes redirect) {
		var token = feeds.renew(CurrentUser.get().orElseThrow().id());
		redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/ics/{t}.ics")
			.buildAndExpand(token.token()).toUriString());
		return "redirect:/calendar#subscription";
	}

	@PostMapping("/calendar/subscription/revoke")
	String revoke(RedirectAttributes redirect) {
		feeds.revoke(CurrentUser.get().orElseThrow().id());
		redirect.addFlashAttribute("flash", "calendar.feed.revoked");
		return "redirect:/calendar#subscription";
	}

	private @Nullable List<UserId> whose(@Nullable String show) {
		if (show == null || show.isBlank() || show.equals("all")) {
			return null;
		}
		try {
			if (show.startsWith("user:")) {
				return List.of(new UserId(UUID.fromString(show.substring(5))));
			}
			if (show.startsWith("group:")) {
				return appointments.members(new UserGroupId(UUID.fromString(show.substring(6))));
			}
		}
		catch (IllegalArgumentException e) {
			// falls through to the error below
		}
		throw InvalidInput.of("show", "validation.unknown");
	}

	/** A time as FullCalendar sends it: with an offset, or a bare date (all-day) read as UTC midnight. */
	static Instant instant(String value) {
		try {
			return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("start", "calendar.error.date");
		}
	}

	private static Event event(Appointment a) {
		var start = a.allDay() ? a.startDate().toString() : a.start().toInstant().toString();
		var end = a.allDay() ? a.endDate().plusDays(1).toString() : a.end().toInstant().toString();
		return new Event(a.id().toString(), a.title(), start, end, a.allDay(), "/calendar/appointments/" + a.id() + "?back=/calendar",
				Map.of("version", a.version(), "place", a.place() == null ? "" : a.place()));
	}

	private static List<org.nordcrm.settings.UserGroup> flat(List<org.nordcrm.settings.UserGroup> tree, List<org.nordcrm.settings.UserGroup> into) {
		for (var g : tree) {
			into.add(g);
			flat(g.children(), into);
		}
		return into;
	}
}
