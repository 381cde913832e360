package org.nordcrm.activities.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.TaskStatus;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.activities.TaskStatusManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/task-statuses")
@Tag(name = "Task statuses", description = "The tenant's register of task statuses, in order; 'closes' ends a task (done, cancelled)")
@SecurityRequirement(name = "token")
class TaskStatusApiController {

	/** A status as sent: name, whether it closes a task, and the version read (for a change). */
	record StatusInput(@Nullable String name, @Nullable Boolean closes, @Nullable Integer version) {
	}

	private final TaskStatusManagement statuses;

	TaskStatusApiController(TaskStatusManagement statuses) {
		this.statuses = statuses;
	}

	@GetMapping
	@Operation(summary = "All task statuses, in their order")
	List<TaskStatus> list() {
		return statuses.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task status")
	TaskStatus get(@PathVariable TaskStatusId id) {
		return statuses.get(id);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a status at the end of the order (administrators)")
	TaskStatus create(@RequestBody StatusInput input) {
		return statuses.save(null, input.name(), Boolean.TRUE.equals(input.closes()), null);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename a status or change whether it closes tasks (administrators)")
	TaskStatus update(@PathVariable TaskStatusId id, @RequestBody StatusInput input) {
		var current = statuses.get(id);
		return statuses.save(id, input.name(), input.closes() == null ? current.closes() : input.closes(), input.version());
	}

	@PostMapping("/{id}/up")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Move a status one place earlier in the order (administrators)")
	List<TaskStatus> up(@PathVariable TaskStatusId id) {
		return statuses.move(id, true);
	}

	@PostMapping("/{id}/down")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Move a status one place later in the order (administrators)")
	List<TaskStatus> down(@PathVariable TaskStatusId id) {
		return statuses.move(id, false);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a status no task uses (administrators)")
	void delete(@PathVariable TaskStatusId id) {
		statuses.delete(id);
	}
}
