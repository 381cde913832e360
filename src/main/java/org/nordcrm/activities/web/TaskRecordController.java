package org.nordcrm.activities.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.TaskFilter;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.activities.TaskStatusManagement;
import org.nordcrm.activities.internal.TaskLinks;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordSection;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tasks on a record's card: the Tasks tab (filtered by status, open ones by default) and the next open tasks under
 * the facts. A company's tab shows the tasks linked to it, also those linked to one of its persons as well; a
 * person's tab those linked to the person.
 */
@Controller
class TaskRecordController {

	static final int NEXT = 3;

	private final TaskManagement tasks;
	private final TaskStatusManagement statuses;
	private final TaskLinks links;
	private final UserManagement users;

	TaskRecordController(TaskManagement tasks, TaskStatusManagement statuses, TaskLinks links, UserManagement users) {
		this.tasks = tasks;
		this.statuses = statuses;
		this.links = links;
		this.users = users;
	}

	@Bean
	static RecordTab companyTasksTab() {
		return new RecordTab.Simple("company", "tasks", "tasks.tab", 30, "/tasks/record/company/%s");
	}

	@Bean
	static RecordTab personTasksTab() {
		return new RecordTab.Simple("person", "tasks", "tasks.tab", 30, "/tasks/record/person/%s");
	}

	@Bean
	static RecordSection companyTasksSection() {
		return new RecordSection.Simple("company", "tasks", 20, "/tasks/record/company/%s/next");
	}

	@Bean
	static RecordSection personTasksSection() {
		return new RecordSection.Simple("person", "tasks", 20, "/tasks/record/person/%s/next");
	}

	@GetMapping("/tasks/record/{kind}/{id}")
	String tab(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> status,
			Model model) {
		var record = links.find(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
		var all = statuses.list();
		var chosen = TaskController.chosen(all, status);
		var shown = tasks.byDue(TaskFilter.onRecord(id, chosen), TaskController.LIST_LIMIT);
		var self = UriComponentsBuilder.fromPath("/tasks/record/{kind}/{id}")
			.queryParam("status", chosen.stream().map(TaskStatusId::toString).sorted().toList()).buildAndExpand(kind, id).encode().toUriString();
		model.addAttribute("record", record);
		model.addAttribute("tasks", TaskView.of(shown, users.list(), links));
		model.addAttribute("statuses", all);
		model.addAttribute("chosen", chosen.stream().map(TaskStatusId::value).collect(Collectors.toSet()));
		model.addAttribute("self", self);
		model.addAttribute("back", record.url() + "?tab=tasks");
		return "tasks/tab :: tasksTab";
	}

	@GetMapping("/tasks/record/{kind}/{id}/next")
	String next(@PathVariable String kind, @PathVariable UUID id, Model model) {
		var record = links.find(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
		var open = new TaskFilter(id, null, java.util.Set.of(), true, null, null, false);
		model.addAttribute("record", record);
		model.addAttribute("tasks", TaskView.of(tasks.byDue(open, NEXT), users.list(), links));
		model.addAttribute("back", record.url());
		return "tasks/tab :: tasksNext";
	}
}
