package org.nordcrm.calendar.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.Appointment;
import org.nordcrm.calendar.AppointmentFilter;
import org.nordcrm.calendar.AppointmentId;
import org.nordcrm.calendar.AppointmentInput;
import org.nordcrm.calendar.AppointmentManagement;
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
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "Appointments (meetings) on companies and persons, with participants; the shared calendar's content")
@SecurityRequirement(name = "token")
class AppointmentApiController {

	/** The owner change of several appointments at once. */
	record OwnerChange(@Nullable List<AppointmentId> ids, @Nullable UUID ownerId) {
	}

	private final AppointmentManagement appointments;

	AppointmentApiController(AppointmentManagement appointments) {
		this.appointments = appointments;
	}

	@GetMapping
	@Operation(summary = "List appointments, newest first, a page at a time (pass a page's 'next' as 'after'): linked to or "
			+ "attended by a record (record=company or person id), owned by a user (owner), with a participant (participant=user "
			+ "or person id), overlapping the time range from..to")
	CursorPage<Appointment> list(@RequestParam(required = false) @Nullable UUID record, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable UUID participant, @RequestParam(required = false) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @Nullable OffsetDateTime to, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return appointments.page(new AppointmentFilter(record, owner, participant, from, to), after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment")
	Appointment get(@PathVariable AppointmentId id) {
		return appointments.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book an appointment: title, place, description (up to 10 000 characters); start and end (timed) or "
			+ "allDay=true with startDate and endDate (inclusive); ownerId (you when left out); companyId, personIds (what it is "
			+ "about); participantUserIds, participantPersonIds")
	Appointment create(@RequestBody AppointmentInput input) {
		return appointments.create(input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an appointment (all fields, as for booking); 'version' as read, or a 400 tells that someone "
			+ "changed it meanwhile")
	Appointment update(@PathVariable AppointmentId id, @RequestBody AppointmentInput input) {
		return appointments.update(id, input);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an appointment (kept in history)")
	void delete(@PathVariable AppointmentId id) {
		appointments.delete(id);
	}

	@PostMapping("/owner")
	@Operation(summary = "Give several appointments (ids) a new owner (ownerId) in one step: all or none")
	Map<String, Integer> changeOwner(@RequestBody OwnerChange change) {
		return Map.of("changed", appointments.changeOwner(change.ids(), change.ownerId()));
	}
}
