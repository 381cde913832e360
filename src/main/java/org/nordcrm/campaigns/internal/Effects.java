package org.nordcrm.campaigns.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Due;
import org.nordcrm.activities.TaskInput;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.calendar.AppointmentInput;
import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.campaigns.MemberRecord;
import org.nordcrm.campaigns.Outcome;
import org.nordcrm.campaigns.OutcomeInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Checks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a call's outcome is read as and what it leads to: when the record is due again (no answer: after a pause,
 * {@code nordcrm.campaigns.no-answer-retry}, 4 hours by default; call back: at the time given), the task for a call
 * back and the appointment for a meeting booked, both owned by the caller and linked to the record.
 */
@Component
public class Effects {

	public static final int MAX_COMMENT = 2000;
	static final Duration MEETING = Duration.ofHours(1);

	/** An outcome as read, every time checked. */
	public record Read(Outcome outcome, @Nullable Due callBack, @Nullable Instant meetingStart, @Nullable Instant meetingEnd,
			@Nullable String comment) {

		/** When the record is due again, or null when the campaign is done with it. */
		public @Nullable Instant next(Instant now, Duration retry) {
			return switch (outcome) {
				case NO_ANSWER -> now.plus(retry);
				case CALL_BACK -> callBack == null ? null : callBack.at();
				default -> null;
			};
		}
	}

	private final Duration retry;
	private final TaskManagement tasks;
	private final AppointmentManagement appointments;
	private final MessageSource messages;

	Effects(@Value("${nordcrm.campaigns.no-answer-retry:PT4H}") Duration retry, TaskManagement tasks,
			AppointmentManagement appointments, MessageSource messages) {
		this.retry = retry;
		this.tasks = tasks;
		this.appointments = appointments;
		this.messages = messages;
	}

	public Duration retry() {
		return retry;
	}

	/** The outcome with its times and comment, each checked; the errors are thrown together. */
	public Read read(OutcomeInput in) {
		var checks = new Checks();
		Outcome outcome = null;
		if (in.outcome() == null || in.outcome().isBlank()) {
			checks.error("outcome", "validation.required");
		}
		else {
			try {
				outcome = Outcome.valueOf(in.outcome().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				checks.error("outcome", "campaigns.error.outcome");
			}
		}
		Due callBack = null;
		Instant start = null;
		Instant end = null;
		if (outcome == Outcome.CALL_BACK) {
			callBack = time(checks, "callBackAt", in.callBackAt(), true);
		}
		if (outcome == Outcome.MEETING_BOOKED) {
			var s = time(checks, "meetingStart", in.meetingStart(), false);
			var e = in.meetingEnd() == null || in.meetingEnd().isBlank() ? null : time(checks, "meetingEnd", in.meetingEnd(), false);
			start = s == null ? null : s.at();
			end = e != null ? e.at() : start == null ? null : start.plus(MEETING);
			if (start != null && end != null && end.isBefore(start)) {
				checks.error("meetingEnd", "calendar.error.endBeforeStart");
			}
		}
		var comment = checks.optional("comment", in.comment(), MAX_COMMENT);
		checks.done();
		return new Read(outcome, callBack, start, end, comment);
	}

	/** The task that reminds the caller to call back, due at the time (or on the day) agreed. */
	public UUID callBackTask(MemberRecord record, String campaign, Due due, @Nullable String comment, UserId caller) {
		var title = messages.getMessage("campaigns.callBackTask", new Object[] { record.name(), campaign }, LocaleContextHolder.getLocale());
		var when = due.allDay() ? due.at().atZone(Due.zone()).toLocalDate().toString() : due.at().toString();
		var company = CompanyManagement.KIND.equals(record.kind());
		var task = tasks.create(new TaskInput(clip(title), comment, when, null, caller.toString(), null,
				company ? record.id().toString() : null, company ? null : record.id().toString(), null));
		return task.id().value();
	}

	/** The appointment of the meeting booked, with the record it is with. */
	public UUID meeting(MemberRecord record, String campaign, Instant start, Instant end, @Nullable String comment, UserId caller) {
		var title = messages.getMessage("campaigns.meetingTitle", new Object[] { record.name(), campaign }, LocaleContextHolder.getLocale());
		var company = CompanyManagement.KIND.equals(record.kind());
		var appointment = appointments.create(new AppointmentInput(clip(title), null, comment, false, start.atOffset(ZoneOffset.UTC),
				end.atOffset(ZoneOffset.UTC), null, null, caller.value(), company ? record.id() : null,
				company ? List.of() : List.of(record.id()), null, null, null));
		return appointment.id().value();
	}

	private static String clip(String title) {
		return title.length() > TaskManagement.MAX_TITLE ? title.substring(0, TaskManagement.MAX_TITLE - 1) + "…" : title;
	}

	private static @Nullable Due time(Checks checks, String field, @Nullable String text, boolean dayAllowed) {
		if (text == null || text.isBlank()) {
			return checks.error(field, "validation.required");
		}
		var due = Due.parse(text, Due.zone());
		if (due == null || due.allDay() && !dayAllowed) {
			return checks.error(field, "campaigns.error.time");
		}
		return due;
	}
}
