package org.nordcrm.reminders.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.WatchFilter;
import org.nordcrm.reminders.WatchId;
import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.reminders.WatchedRecord;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The watch list (the user's watches, upcoming or past, with each channel's delivery and retry of failed ones),
 * the Watches tab on company and person cards (the record's watches and a form to watch a date), edit and delete.
 */
@Controller
class WatchController {

	static final int PAGE = 50;

	private final WatchManagement watches;
	private final UserManagement users;

	WatchController(WatchManagement watches, UserManagement users) {
		this.watches = watches;
		this.users = users;
	}

	@Bean
	static RecordTab companyWatchesTab() {
		return new RecordTab.Simple("company", "watches", "watch.tab", 60, "/watches/record/company/%s");
	}

	@Bean
	static RecordTab personWatchesTab() {
		return new RecordTab.Simple("person", "watches", "watch.tab", 60, "/watches/record/person/%s");
	}

	@GetMapping("/watches")
	String list(@AuthenticationPrincipal CrmUser user, @RequestParam(defaultValue = "upcoming") String show,
			@RequestParam(required = false) @Nullable String after, Model model) {
		var past = "past".equals(show);
		var now = OffsetDateTime.now();
		var filter = new WatchFilter(null, null, user.id(), null, past ? null : now, past ? now : null);
		var page = watches.page(filter, after, PAGE, !past);
		model.addAttribute("watches", WatchView.of(page.items(), watches, owners(), user.id().value()));
		model.addAttribute("next", page.next());
		model.addAttribute("show", past ? "past" : "upcoming");
		return "reminders/watches";
	}

	@GetMapping("/watches/record/{kind}/{id}")
	String tab(@AuthenticationPrincipal CrmUser user, @PathVariable String kind, @PathVariable UUID id, Model model) {
		var record = watches.record(kind, id);
		model.addAttribute("form", WatchForm.on(record, WatchManagement.zone(user.timeZone())));
		return tab(user, record, model);
	}

	@PostMapping("/watches/record/{kind}/{id}")
	String create(@AuthenticationPrincipal CrmUser user, @PathVariable String kind, @PathVariable UUID id,
			@ModelAttribute("form") WatchForm form, BindingResult result, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		var record = watches.record(kind, id);
		if (!result.hasErrors()) {
			try {
				var in = form.input();
				watches.create(new org.nordcrm.reminders.WatchInput(kind, id, in.label(), in.watchAt(), in.beforeAmount(),
						in.beforeUnit(), in.channels(), null, null));
				if (htmx == null) {
					return "redirect:" + record.url() + "?tab=watches";
				}
				model.addAttribute("form", WatchForm.on(record, WatchManagement.zone(user.timeZone())));
				model.addAttribute("saved", true);
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return tab(user, record, model);
	}

	@GetMapping("/watches/{id}/edit")
	String edit(@AuthenticationPrincipal CrmUser user, @PathVariable WatchId id, @RequestParam(required = false) @Nullable String back,
			Model model) {
		var watch = watches.get(id);
		model.addAttribute("form", WatchForm.of(watch, WatchManagement.zone(user.timeZone())));
		return editPage(id, back, model);
	}

	@PostMapping("/watches/{id}")
	String update(@PathVariable WatchId id, @RequestParam(required = false) @Nullable String back, @ModelAttribute("form") WatchForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		watches.get(id);
		if (!result.hasErrors()) {
			try {
				watches.update(id, form.input());
				flash.addFlashAttribute("flash", "watch.saved");
				return "redirect:" + safe(back);
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return editPage(id, back, model);
	}

	@PostMapping("/watches/{id}/delete")
	String delete(@PathVariable WatchId id, @RequestParam(required = false) @Nullable String back, RedirectAttributes flash) {
		watches.delete(id);
		flash.addFlashAttribute("flash", "watch.deleted");
		return "redirect:" + safe(back);
	}

	@PostMapping("/watches/{id}/retry")
	String retry(@PathVariable WatchId id, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes flash) {
		watches.get(id);
		try {
			watches.retry(id, channel);
			flash.addFlashAttribute("flash", "watch.retrying");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:" + safe(back);
	}

	private String editPage(WatchId id, @Nullable String back, Model model) {
		var watch = watches.get(id);
		model.addAttribute("watch", watch);
		model.addAttribute("record", watches.findRecord(watch.recordKind(), watch.recordId()).orElse(null));
		model.addAttribute("back", safe(back));
		model.addAttribute("available", watches.channelsAvailable());
		return "reminders/edit";
	}

	private String tab(CrmUser user, WatchedRecord record, Model model) {
		var filter = new WatchFilter(record.kind(), record.id(), null, null, null, null);
		model.addAttribute("watches", WatchView.of(watches.page(filter, null, PAGE, true).items(), watches, owners(), user.id().value()));
		model.addAttribute("record", record);
		model.addAttribute("available", watches.channelsAvailable());
		return "reminders/tab :: watchesTab";
	}

	private Map<UUID, String> owners() {
		return users.list().stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
	}

	/** Only a path of this site: a redirect never leads elsewhere. */
	static String safe(@Nullable String back) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/watches";
	}
}
