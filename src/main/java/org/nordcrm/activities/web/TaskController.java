package org.nordcrm.activities.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Due;
import org.nordcrm.activities.TaskFilter;
import org.nordcrm.activities.TaskId;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.activities.TaskPriority;
import org.nordcrm.activities.TaskStatus;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.activities.TaskStatusManagement;
import org.nordcrm.activities.internal.TaskLinks;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.CurrentUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.FormErrors;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shell.Picked;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task pages: "My tasks" (filtered by status, owner and due range), the new and edit forms, and quick "mark
 * done". What a task form saves goes back to where the user came from ({@code back}: My tasks or a card's tab).
 */
@Controller
class TaskController {

	static final int LIST_LIMIT = 200;
	static final String ALL = "all";

	private final TaskManagement tasks;
	private final TaskStatusManagement statuses;
	private final TaskLinks links;
	private final UserManagement users;

	TaskController(TaskManagement tasks, TaskStatusManagement statuses, TaskLinks links, UserManagement users) {
		this.tasks = tasks;
		this.statuses = statuses;
		this.links = links;
		this.users = users;
	}

	/** The filter's statuses: the chosen ones, or the open ones when none is chosen. */
	static Set<TaskStatusId> chosen(List<TaskStatus> all, @Nullable List<String> status) {
		var known = all.stream().map(s -> s.id().toString()).collect(Collectors.toSet());
		var chosen = status == null ? Set.<TaskStatusId>of()
				: status.stream().filter(known::contains).map(TaskStatusId::of).collect(Collectors.toSet());
		return chosen.isEmpty() ? all.stream().filter(s -> !s.closes()).map(TaskStatus::id).collect(Collectors.toSet()) : chosen;
	}

	@GetMapping("/tasks")
	String mine(@RequestParam(required = false) @Nullable List<String> status, @RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String dueFrom, @RequestParam(required = false) @Nullable String dueTo,
			Model model) {
		var all = statuses.list();
		var chosen = chosen(all, status);
		var me = CurrentUser.get().map(CrmUser::id).orElseThrow();
		var ownerChoice = owner == null || owner.isBlank() ? me.toString() : owner;
		TaskFilter filter;
		try {
			filter = tasks.filter(null, ALL.equals(ownerChoice) ? null : ownerChoice, chosen.stream().map(TaskStatusId::toString).toList(),
					null, dueFrom, dueTo, null);
		}
		catch (InvalidInput e) {
			model.addAttribute("filterError", true);
			filter = new TaskFilter(null, me, chosen, null, null, null, false);
		}
		var shown = tasks.byDue(filter, LIST_LIMIT + 1);
		model.addAttribute("tasks", TaskView.of(shown.size() > LIST_LIMIT ? shown.subList(0, LIST_LIMIT) : shown, users.list(), links));
		model.addAttribute("more", shown.size() > LIST_LIMIT);
		model.addAttribute("statuses", all);
		model.addAttribute("chosen", chosen.stream().map(TaskStatusId::value).collect(Collectors.toSet()));
		model.addAttribute("users", users.list());
		model.addAttribute("owner", ownerChoice);
		model.addAttribute("dueFrom", dueFrom);
		model.addAttribute("dueTo", dueTo);
		model.addAttribute("back", UriComponentsBuilder.fromPath("/tasks").queryParamIfPresent("status", java.util.Optional.ofNullable(status))
			.queryParamIfPresent("owner", java.util.Optional.ofNullable(owner)).queryParamIfPresent("dueFrom", java.util.Optional.ofNullable(dueFrom))
			.queryParamIfPresent("dueTo", java.util.Optional.ofNullable(dueTo)).build().encode().toUriString());
		return "tasks/list";
	}

	@GetMapping("/tasks/new")
	String blank(@RequestParam(required = false) @Nullable String companyId, @RequestParam(required = false) @Nullable String personId,
			@RequestParam(required = false) @Nullable String back, Model model) {
		var form = new TaskForm();
		form.setCompanyId(companyId);
		form.setPersonId(personId);
		form.setOwnerId(CurrentUser.get().map(u -> u.id().toString()).orElse(null));
		statuses.list().stream().filter(s -> !s.closes()).findFirst().ifPresent(s -> form.setStatusId(s.id().toString()));
		model.addAttribute("form", form);
		return form(null, back, model);
	}

	@PostMapping("/tasks/new")
	String create(@ModelAttribute("form") TaskForm form, BindingResult result, @RequestParam(required = false) @Nullable String back,
			Model model) {
		if (!result.hasErrors()) {
			try {
				tasks.create(form.input());
				return "redirect:" + back(back);
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return form(null, back, model);
	}

	@GetMapping("/tasks/{id}/edit")
	String edit(@PathVariable TaskId id, @RequestParam(required = false) @Nullable String back, Model model) {
		model.addAttribute("form", TaskForm.of(tasks.get(id), Due.zone()));
		return form(id, back, model);
	}

	@PostMapping("/tasks/{id}")
	String update(@PathVariable TaskId id, @ModelAttribute("form") TaskForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String back, Model model) {
		tasks.get(id);
		if (!result.hasErrors()) {
			try {
				tasks.update(id, form.input());
				return "redirect:" + back(back);
			}
			catch (InvalidInput e) {
				FormErrors.apply(e, result);
			}
		}
		return form(id, back, model);
	}

	@PostMapping("/tasks/{id}/delete")
	String delete(@PathVariable TaskId id, @RequestParam(required = false) @Nullable String back) {
		tasks.delete(id);
		return "redirect:" + back(back);
	}

	/** Marks a task done: htmx asks with no page to show and gets the event that reloads the lists; a plain form goes back. */
	@PostMapping("/tasks/{id}/done")
	ResponseEntity<Void> done(@PathVariable TaskId id, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String back, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		try {
			tasks.markDone(id, version);
		}
		catch (InvalidInput e) {
			// someone changed it meanwhile: the reloaded list shows it as it is now
		}
		if (htmx != null) {
			return ResponseEntity.noContent().header("HX-Trigger", "tasks-changed").build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", back(back)).build();
	}

	private String form(@Nullable TaskId id, @Nullable String back, Model model) {
		var form = (TaskForm) model.getAttribute("form");
		model.addAttribute("taskId", id);
		model.addAttribute("statuses", statuses.list());
		model.addAttribute("users", users.list());
		model.addAttribute("priorities", TaskPriority.values());
		model.addAttribute("back", back(back));
		model.addAttribute("companyPicked", picked("company", form == null ? null : form.getCompanyId()));
		model.addAttribute("personPicked", picked("person", form == null ? null : form.getPersonId()));
		return "tasks/form";
	}

	private List<Picked> picked(String kind, @Nullable String id) {
		if (id == null || id.isBlank()) {
			return List.of();
		}
		try {
			return links.find(kind, UUID.fromString(id.strip())).map(l -> List.of(new Picked(l.id(), l.name()))).orElse(List.of());
		}
		catch (IllegalArgumentException e) {
			return List.of();
		}
	}

	/** Where to go after a save: a path of this site, else My tasks. */
	static String back(@Nullable String back) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/tasks";
	}

}
