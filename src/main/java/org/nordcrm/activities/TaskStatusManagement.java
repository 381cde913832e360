package org.nordcrm.activities;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.internal.Statuses;
import org.nordcrm.activities.internal.Tasks;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's register of task statuses: everyone reads it, administrators (the web and API layers check) add,
 * rename, reorder and delete. A status in use by a task, or the last open one, is not deleted.
 */
@Service
@Transactional
public class TaskStatusManagement {

	public static final String KIND = "taskStatus";
	public static final int MAX_NAME = 100;

	private final Statuses statuses;
	private final Tasks tasks;

	TaskStatusManagement(Statuses statuses, Tasks tasks) {
		this.statuses = statuses;
		this.tasks = tasks;
	}

	@Transactional(readOnly = true)
	public List<TaskStatus> list() {
		return statuses.all();
	}

	@Transactional(readOnly = true)
	public TaskStatus get(TaskStatusId id) {
		return statuses.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** Creates (id null) or changes a status; {@code version} as read, null for the current one. */
	public TaskStatus save(@Nullable TaskStatusId id, @Nullable String name, boolean closes, @Nullable Integer version) {
		var current = id == null ? null : get(id);
		var checks = new Checks();
		var n = checks.required("name", name, MAX_NAME);
		if (current != null && !current.closes() && closes && openCount() == 1) {
			checks.error("closes", "tasks.error.lastOpenStatus");
		}
		checks.done();
		try {
			if (current == null) {
				return get(statuses.insert(n, closes));
			}
			if (!statuses.update(current.id(), version == null ? current.version() : version, n, closes)) {
				throw InvalidInput.of(null, "record.error.changedMeanwhile");
			}
			return get(current.id());
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("name", "register.error.nameTaken");
		}
	}

	/** Moves a status one step earlier ({@code up}) or later in the order. */
	public List<TaskStatus> move(TaskStatusId id, boolean up) {
		var all = new ArrayList<>(statuses.all());
		var at = all.indexOf(get(id));
		var to = up ? at - 1 : at + 1;
		if (to >= 0 && to < all.size()) {
			all.add(to, all.remove(at));
		}
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).position() != i + 1) {
				statuses.setPosition(all.get(i).id(), i + 1);
			}
		}
		return statuses.all();
	}

	public void delete(TaskStatusId id) {
		var status = get(id);
		if (tasks.countWithStatus(id) > 0) {
			throw InvalidInput.of(null, "register.error.inUse");
		}
		if (!status.closes() && openCount() == 1) {
			throw InvalidInput.of(null, "tasks.error.lastOpenStatus");
		}
		statuses.delete(id);
	}

	private long openCount() {
		return statuses.all().stream().filter(s -> !s.closes()).count();
	}
}
