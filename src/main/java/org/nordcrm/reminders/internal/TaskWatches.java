package org.nordcrm.reminders.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.nordcrm.activities.TaskChanged;
import org.nordcrm.activities.TaskId;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.reminders.RecordLookup;
import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.reminders.WatchedRecord;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task's due time can be watched: the watch starts at the due time and follows it when the task is moved, and
 * ends when the task is done, cancelled, deleted or loses its due time. Listened to in the changing transaction,
 * so a task and its watches never disagree.
 */
@Component
class TaskWatches implements RecordLookup {

	private final TaskManagement tasks;

	TaskWatches(TaskManagement tasks) {
		this.tasks = tasks;
	}

	@Override
	public String kind() {
		return TaskManagement.KIND;
	}

	@Override
	public Optional<WatchedRecord> find(UUID id) {
		try {
			var task = tasks.get(new TaskId(id));
			return Optional.of(new WatchedRecord(kind(), id, task.title(), "/tasks/" + id + "/edit",
					task.due() == null ? null : task.due().atOffset(ZoneOffset.UTC)));
		}
		catch (RecordNotFound e) {
			return Optional.empty();
		}
	}

	/** Apart from the lookup, which the watches' service needs before it exists. */
	@Component
	static class Follower {

		private final WatchManagement watches;

		Follower(WatchManagement watches) {
			this.watches = watches;
		}

		@EventListener
		void taskChanged(TaskChanged e) {
			var due = e.open() && e.due() != null ? e.due().atOffset(ZoneOffset.UTC) : null;
			watches.follow(TaskManagement.KIND, e.taskId().value(), due);
		}
	}
}
