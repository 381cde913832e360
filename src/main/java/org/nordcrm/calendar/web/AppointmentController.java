package org.nordcrm.calendar.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.calendar.AppointmentId;
import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.calendar.LinkedRecord;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
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
 * Appointments on pages: a record's Meetings tab (upcoming, then past; several given a new owner at once), and the
 * appointment form (new, edit, delete), which goes back to where it was opened from.
 */
@Controller
class AppointmentController {

	static final int SHOWN = 50;

	private final AppointmentManagement appointments;
	private final Names names;

	AppointmentController(AppointmentManagement appointments, Names names) {
		this.appointments = appointments;
		this.names = names;
	}

	@Bean
	static RecordTab companyMeetingsTab() {
		return new RecordTab.Simple("company", "meetings", "calendar.tab", 40, "/calendar/record/company/%s");
	}

	@Bean
	static RecordTab personMeetingsTab() {
		return new RecordTab.Simple("person", "meetings", "calendar.tab", 40, "/calendar/record/person/%s");
	}

	@GetMapping("/calendar/record/{kind}/{id}")
	String tab(@PathVariable String kind, @PathVariable UUID id, Model model) {
		return tab(appointments.record(kind, id), model);
	}

	/** The ticked appointments get the chosen owner in one step; back to the card's Meetings tab, saying how many. */
	@PostMapping("/calendar/record/{kind}/{id}/owner")
	String changeOwner(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable List<AppointmentId> ids,
			@RequestParam(required = false) @Nullable UUID ownerId, RedirectAttributes redirect) {
		var record = appointments.record(kind, id);
		try {
			redirect.addFlashAttribute("flash", "calendar.ownerChanged");
			redirect.addFlashAttribute("flashArgs", new Object[] { appointments.changeOwner(ids, ownerId) });
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:" + record.url() + "?tab=meetings";
	}

	@GetMapping("/calendar/appointments/new")
	String newForm(@RequestParam(required = false) @Nullable String start, @RequestParam(required = false) @Nullable String end,
			@RequestParam(defaultValue = "false") boolean allDay, @RequestParam(required = false) @Nullable UUID company,
			@RequestParam(required = false) @Nullable UUID person, @RequestParam(required = false) @Nullable String back, Model model) {
		var me = CurrentUser.get().orElseThrow().id().value();
		model.addAttribute("form", AppointmentForm.blank(local(start), local(end), allDay, me, company, person, safe(back)));
		return form(null, model);
	}

	@PostMapping("/calendar/appointments")
	String create(@ModelAttribute("form") AppointmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return save(null, form, result, model, redirect, appointments::create);
	}

	@GetMapping("/calendar/appointments/{id}")
	String edit(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable String back, Model model) {
		var a = appointments.get(id);
		model.addAttribute("form", AppointmentForm.of(a, Names.zone(), safe(back)));
		return form(id, model);
	}

	@PostMapping("/calendar/appointments/{id}")
	String update(@PathVariable AppointmentId id, @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		appointments.get(id);
		return save(id, form, result, model, redirect, input -> appointments.update(id, input));
	}

	/** Saves the form and goes back where it came from; errors are shown next to their fields, with what was typed. */
	private String save(@Nullable AppointmentId id, AppointmentForm form, BindingResult result, Model model, RedirectAttributes redirect,
			java.util.function.Consumer<org.nordcrm.calendar.AppointmentInput> write) {
		if (!result.hasErrors()) {
			try {
				var checks = new Checks();
				var input = form.input(Names.zone(), checks);
				checks.done();
				write.accept(input);
				redirect.addFlashAttribute("flash", "calendar.saved");
				return "redirect:" + back(form);
			}
			catch (InvalidInput e) {
				FormErrors.apply(AppointmentForm.onForm(e), result);
			}
		}
		return form(id, model);
	}

	@PostMapping("/calendar/appointments/{id}/delete")
	String delete(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		appointments.delete(id);
		redirect.addFlashAttribute("flash", "calendar.deleted");
		var to = safe(back);
		return "redirect:" + (to == null ? "/calendar" : to);
	}

	/** A slot's time as the calendar sends it ("2027-03-01T10:00" or "2027-03-01"); anything else is no time. */
	private static @Nullable LocalDateTime local(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null
					: value.length() <= 10 ? java.time.LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	private String tab(LinkedRecord record, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("upcoming", names.views(appointments.ofRecord(record, true, SHOWN)));
		model.addAttribute("past", names.views(appointments.ofRecord(record, false, SHOWN)));
		model.addAttribute("users", names.activeUsers());
		return "calendar/tab :: meetingsTab";
	}

	private String form(@Nullable AppointmentId id, Model model) {
		var form = (AppointmentForm) model.getAttribute("form");
		model.addAttribute("id", id);
		model.addAttribute("users", names.activeUsers());
		model.addAttribute("pickedCompany", names.picked(form.companyId()));
		model.addAttribute("pickedPersons", names.picked(form.personIds()));
		model.addAttribute("pickedUsers", names.picked(form.participantUserIds()));
		model.addAttribute("pickedParticipants", names.picked(form.participantPersonIds()));
		return "calendar/form";
	}

	private static String back(AppointmentForm form) {
		var to = safe(form.back());
		return to == null ? "/calendar" : to;
	}

	/** Only a path of this site: never another site's address. */
	static @Nullable String safe(@Nullable String back) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : null;
	}
}
