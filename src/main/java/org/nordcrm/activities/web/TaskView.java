package org.nordcrm.activities.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Task;
import org.nordcrm.activities.internal.TaskLinks;
import org.nordcrm.security.User;

/** A task as a list shows it: with its owner's name, the records it is linked to, and whether it is overdue. */
record TaskView(Task task, String owner, TaskLinks.@Nullable Linked company, TaskLinks.@Nullable Linked person, boolean overdue) {

	public UUID id() {
		return task.id().value();
	}

	static List<TaskView> of(List<Task> tasks, List<User> users, TaskLinks links) {
		Map<UUID, String> names = users.stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
		var linked = links.live(tasks.stream().map(Task::companyId).toList(), tasks.stream().map(Task::personId).toList());
		var now = Instant.now();
		return tasks.stream().map(t -> new TaskView(t, names.getOrDefault(t.ownerId().value(), ""),
				t.companyId() == null ? null : linked.get(t.companyId()), t.personId() == null ? null : linked.get(t.personId()),
				t.overdue(now))).toList();
	}
}
