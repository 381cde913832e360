package org.nordcrm.activities.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Task;
import org.nordcrm.activities.TaskId;
import org.nordcrm.activities.TaskInput;
import org.nordcrm.activities.TaskManagement;
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
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks on companies and persons, with owner, due time, priority and a status of the tenant's register")
@SecurityRequirement(name = "token")
class TaskApiController {

	private final TaskManagement tasks;

	TaskApiController(TaskManagement tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "List tasks, newest first, a page at a time (pass a page's 'next' as 'after'). Filters: record (a "
			+ "company or person id the task is linked to), owner (a user id), status (status ids, repeated or comma-separated), "
			+ "open (true/false), dueFrom and dueTo (a day such as 2026-11-27, dueTo to the end of that day, or a time), "
			+ "overdue (true: open tasks past their due time)")
	CursorPage<Task> list(@RequestParam(required = false) @Nullable String record, @RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable List<String> status, @RequestParam(required = false) @Nullable String open,
			@RequestParam(required = false) @Nullable String dueFrom, @RequestParam(required = false) @Nullable String dueTo,
			@RequestParam(required = false) @Nullable String overdue, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return tasks.page(tasks.filter(record, owner, status, open, dueFrom, dueTo, overdue), after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task")
	Task get(@PathVariable TaskId id) {
		return tasks.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a task: title (up to 200 characters), description (up to 10 000), due (a day "
			+ "\"2026-11-27\" for a task without a time, \"2026-11-27T14:00\" in your time zone, or with an offset), "
			+ "priority (LOW, NORMAL, HIGH; default NORMAL), ownerId (default you), statusId (default the first open status), "
			+ "companyId and/or personId (live records)")
	Task create(@RequestBody TaskInput input) {
		return tasks.create(input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a task: fields left out keep their value, an empty string clears description, due, "
			+ "companyId or personId; 'version' as read, or a 400 tells that someone changed it meanwhile")
	Task update(@PathVariable TaskId id, @RequestBody TaskInput input) {
		return tasks.update(id, input);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a task; history keeps what it said")
	void delete(@PathVariable TaskId id) {
		tasks.delete(id);
	}
}
