package org.nordcrm.reminders.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.Delivery;
import org.nordcrm.reminders.Notification;
import org.nordcrm.reminders.Watch;
import org.nordcrm.reminders.WatchFilter;
import org.nordcrm.reminders.WatchId;
import org.nordcrm.reminders.WatchInput;
import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Watches", description = "Watched dates on records, with reminders in the app, by e-mail and by SMS")
@SecurityRequirement(name = "token")
class WatchApiController {

	private final WatchManagement watches;

	WatchApiController(WatchManagement watches) {
		this.watches = watches;
	}

	@GetMapping("/api/v1/watches")
	@Operation(summary = "List watches by watched time, soonest first, a page at a time (pass a page's 'next' as 'after'): "
			+ "on one record (recordKind, recordId), of one owner, with a delivery in a status (PENDING, SENT, FAILED), "
			+ "watched from 'from' up to 'to'")
	CursorPage<Watch> list(@RequestParam(required = false) @Nullable String recordKind,
			@RequestParam(required = false) @Nullable UUID recordId, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @Nullable OffsetDateTime to, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		var filter = new WatchFilter(recordKind, recordId, owner == null ? null : new UserId(owner), status(status), from, to);
		return watches.page(filter, after, limit, true);
	}

	@GetMapping("/api/v1/watches/{id}")
	@Operation(summary = "One watch, with each channel's delivery (status, attempts, last error, sent at)")
	Watch get(@PathVariable WatchId id) {
		return watches.get(id);
	}

	@PostMapping("/api/v1/watches")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Watch a date on a record: recordKind (company, person), recordId, label, watchAt (a date: 08:00 in "
			+ "the owner's time zone; a local date-time in that zone; or with an offset), beforeAmount and beforeUnit (MINUTES, "
			+ "HOURS, DAYS, WEEKS; the reminder comes that long before), channels (APP, EMAIL, SMS; one or more), ownerId "
			+ "(default: you). The reminder time may not be in the past; SMS needs the owner's mobile number and a gateway")
	Watch create(@RequestBody WatchInput input) {
		return watches.create(input);
	}

	@PutMapping("/api/v1/watches/{id}")
	@Operation(summary = "Change a watch (its owner or an administrator); 'version' as read, or a 400 tells that someone "
			+ "changed it meanwhile. Its deliveries not sent yet follow the new time and channels")
	Watch update(@PathVariable WatchId id, @RequestBody WatchInput input) {
		return watches.update(id, input);
	}

	@DeleteMapping("/api/v1/watches/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a watch (its owner or an administrator); its reminders not sent yet are not sent")
	void delete(@PathVariable WatchId id) {
		watches.delete(id);
	}

	@PostMapping("/api/v1/watches/{id}/retry")
	@Operation(summary = "Send a FAILED delivery of the watch again now: channel=APP|EMAIL|SMS")
	Watch retry(@PathVariable WatchId id, @RequestParam(required = false) @Nullable String channel) {
		return watches.retry(id, channel);
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "Your in-app reminders that have come, newest first (unread=true: only those not read)")
	List<Notification> notifications(@RequestParam(defaultValue = "false") boolean unread) {
		return watches.notifications(unread, 100);
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of your in-app reminders read")
	void read(@PathVariable UUID id) {
		watches.markRead(id);
	}

	private static Delivery.@Nullable Status status(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		try {
			return Delivery.Status.valueOf(written.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("status", "watch.error.status");
		}
	}
}
