package org.nordcrm.reminders.web;

import java.util.UUID;

import org.nordcrm.reminders.WatchManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell in the top bar (how many in-app reminders are unread) and the list of reminders that have come. */
@Controller
class NotificationController {

	private final WatchManagement watches;

	NotificationController(WatchManagement watches) {
		this.watches = watches;
	}

	@GetMapping("/notifications/bell")
	String bell(Model model) {
		model.addAttribute("unread", watches.unread());
		return "reminders/bell :: bellCount";
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", watches.notifications(false, 100).stream()
			.map(n -> new NotificationView(n, watches.findRecord(n.recordKind(), n.recordId()).orElse(null))).toList());
		return "reminders/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id) {
		watches.markRead(id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String readAll() {
		watches.markAllRead();
		return "redirect:/notifications";
	}
}
