package org.nordcrm.activities;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.internal.Statuses;
import org.nordcrm.activities.internal.TaskLinks;
import org.nordcrm.activities.internal.Tasks;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of the current tenant. Every user sees and changes every task; a task is linked to a live company and/or
 * person of the tenant, owned by one of its users, and has a status of its register. A change of due time, status
 * or owner is published as {@link TaskChanged}.
 */
@Service
@Transactional
public class TaskManagement {

	public static final String KIND = "task";
	public static final int MAX_TITLE = 200;
	public static final int MAX_DESCRIPTION = 10_000;

	private final Tasks tasks;
	private final Statuses statuses;
	private final TaskLinks links;
	private final UserManagement users;
	private final ApplicationEventPublisher events;

	TaskManagement(Tasks tasks, Statuses statuses, TaskLinks links, UserManagement users, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.statuses = statuses;
		this.links = links;
		this.users = users;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Task get(TaskId id) {
		return tasks.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	@Transactional(readOnly = true)
	public CursorPage<Task> page(TaskFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(tasks.page(filter, CursorPage.uuid(after), n), n, t -> t.id().toString());
	}

	/** Tasks by the filter, soonest due first (overdue ones on top), undated last; at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Task> byDue(TaskFilter filter, int limit) {
		return tasks.byDue(filter, limit);
	}

	/** The open tasks of {@code owner} with a due time in [from, to), soonest first (for a calendar feed). */
	@Transactional(readOnly = true)
	public List<Task> dueFor(UserId owner, Instant from, Instant to) {
		return tasks.dueFor(owner, from, to);
	}

	/** A record's tasks by due time (else creation), newest first, before {@code before} when given. */
	@Transactional(readOnly = true)
	public List<Task> timeline(UUID record, @Nullable Instant before, int limit) {
		return tasks.timeline(record, before, limit);
	}

	/**
	 * A filter as the caller wrote it (all optional): a record id, an owner id, status ids, open ("true": only open
	 * tasks, "false": only closed ones), due from / to (a day, to's to the end of that day, or a time), overdue
	 * ("true"). Anything unreadable is a field error.
	 */
	@Transactional(readOnly = true)
	public TaskFilter filter(@Nullable String record, @Nullable String owner, @Nullable List<String> statusIds, @Nullable String open,
			@Nullable String dueFrom, @Nullable String dueTo, @Nullable String overdue) {
		var checks = new Checks();
		var recordId = blank(record) ? null : uuid(record);
		if (!blank(record) && recordId == null) {
			checks.error("record", "validation.unknown");
		}
		var ownerId = blank(owner) ? null : uuid(owner);
		if (!blank(owner) && (ownerId == null || users.find(new UserId(ownerId)).isEmpty())) {
			checks.error("owner", "validation.unknown");
		}
		var known = statuses.all().stream().map(TaskStatus::id).toList();
		var chosen = new java.util.LinkedHashSet<TaskStatusId>();
		for (var s : statusIds == null ? List.<String>of() : statusIds) {
			for (var part : s.split(",")) {
				if (!part.isBlank()) {
					var id = uuid(part);
					if (id == null || !known.contains(new TaskStatusId(id))) {
						checks.error("status", "validation.unknown");
					}
					else {
						chosen.add(new TaskStatusId(id));
					}
				}
			}
		}
		var from = time(checks, "dueFrom", dueFrom, false);
		var to = time(checks, "dueTo", dueTo, true);
		var isOpen = bool(checks, "open", open);
		var isOverdue = bool(checks, "overdue", overdue);
		checks.done();
		return new TaskFilter(recordId, ownerId == null ? null : new UserId(ownerId), chosen, isOpen, from, to,
				Boolean.TRUE.equals(isOverdue));
	}

	public Task create(TaskInput in) {
		var checks = new Checks();
		var row = read(checks, in, null);
		checks.done();
		var status = statuses.find(row.status()).orElseThrow();
		var id = tasks.insert(row, status.closes());
		var task = get(id);
		changed(task);
		return task;
	}

	/**
	 * Changes a task; a field left null keeps its value, an empty one clears it (description, due time, company,
	 * person). A stale {@code version} is refused with a message that someone else changed it.
	 */
	public Task update(TaskId id, TaskInput in) {
		var current = get(id);
		var checks = new Checks();
		var row = read(checks, in, current);
		checks.done();
		return write(current, in.version() == null ? current.version() : in.version(), row);
	}

	/** Sets the first status (in the register's order) that closes a task, for "mark done". */
	public Task markDone(TaskId id, @Nullable Integer version) {
		var current = get(id);
		var done = statuses.all().stream().filter(TaskStatus::closes).findFirst()
			.orElseThrow(() -> InvalidInput.of("statusId", "tasks.error.noClosingStatus"));
		var row = new Tasks.Row(current.title(), current.description(), current.due(), current.allDay(), current.priority(),
				current.ownerId(), done.id(), current.companyId(), current.personId());
		return write(current, version == null ? current.version() : version, row);
	}

	public void delete(TaskId id) {
		var current = get(id);
		tasks.softDelete(id);
		events.publishEvent(new TaskChanged(id, null, false, current.ownerId()));
	}

	private Task write(Task current, int version, Tasks.Row row) {
		var closes = statuses.find(row.status()).map(TaskStatus::closes).orElse(false);
		if (!tasks.update(current.id(), version, row, closes)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		var task = get(current.id());
		if (!Objects.equals(task.due(), current.due()) || task.allDay() != current.allDay() || !task.statusId().equals(current.statusId())
				|| !task.ownerId().equals(current.ownerId())) {
			changed(task);
		}
		return task;
	}

	private void changed(Task task) {
		events.publishEvent(new TaskChanged(task.id(), task.due(), task.open(), task.ownerId()));
	}

	/** The fields as they will be written, each checked; {@code current} gives the values of fields left null. */
	private Tasks.Row read(Checks checks, TaskInput in, @Nullable Task current) {
		var title = in.title() == null && current != null ? current.title() : checks.required("title", in.title(), MAX_TITLE);
		var description = in.description() == null && current != null ? current.description()
				: checks.optional("description", in.description(), MAX_DESCRIPTION);
		var due = current == null ? null : current.due();
		var allDay = current != null && current.allDay();
		if (in.due() != null || current == null) {
			var parsed = in.due() == null || in.due().isBlank() ? null : Due.parse(in.due(), Due.zone());
			if (in.due() != null && !in.due().isBlank() && parsed == null) {
				checks.error("due", "tasks.error.due");
			}
			due = parsed == null ? null : parsed.at();
			allDay = parsed != null && parsed.allDay();
		}
		var priority = priority(checks, in.priority(), current);
		var owner = owner(checks, in.ownerId(), current);
		var status = status(checks, in.statusId(), current);
		var company = link(checks, "companyId", CompanyManagement.KIND, in.companyId(), current == null ? null : current.companyId());
		var person = link(checks, "personId", ContactManagement.KIND, in.personId(), current == null ? null : current.personId());
		return new Tasks.Row(title, description, due, allDay, priority, owner == null ? new UserId(new UUID(0, 0)) : owner,
				status == null ? new TaskStatusId(new UUID(0, 0)) : status, company, person);
	}

	private static TaskPriority priority(Checks checks, @Nullable String text, @Nullable Task current) {
		if (text == null || text.isBlank()) {
			return current == null || text != null ? TaskPriority.NORMAL : current.priority();
		}
		try {
			return TaskPriority.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			checks.error("priority", "tasks.error.priority");
			return TaskPriority.NORMAL;
		}
	}

	private @Nullable UserId owner(Checks checks, @Nullable String text, @Nullable Task current) {
		if (text == null || text.isBlank()) {
			if (current != null) {
				return current.ownerId();
			}
			var actor = TenantContext.actor();
			if (actor == null) {
				return checks.error("ownerId", "NotNull");
			}
			return new UserId(actor);
		}
		var id = uuid(text);
		if (id == null || users.find(new UserId(id)).isEmpty()) {
			return checks.error("ownerId", "validation.unknown");
		}
		return new UserId(id);
	}

	private @Nullable TaskStatusId status(Checks checks, @Nullable String text, @Nullable Task current) {
		if (text == null || text.isBlank()) {
			if (current != null) {
				return current.statusId();
			}
			var first = statuses.all().stream().filter(s -> !s.closes()).findFirst();
			return first.isPresent() ? first.get().id() : checks.error("statusId", "NotNull");
		}
		var id = uuid(text);
		if (id == null || statuses.find(new TaskStatusId(id)).isEmpty()) {
			return checks.error("statusId", "validation.unknown");
		}
		return new TaskStatusId(id);
	}

	/** A link to a live record of the tenant: null keeps the current one, empty clears it. */
	private @Nullable UUID link(Checks checks, String field, String kind, @Nullable String text, @Nullable UUID current) {
		if (text == null) {
			return current;
		}
		if (text.isBlank()) {
			return null;
		}
		var id = uuid(text);
		if (id == null || links.find(kind, id).isEmpty()) {
			return checks.error(field, "validation.unknown");
		}
		return id;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable Boolean bool(Checks checks, String field, @Nullable String text) {
		if (blank(text)) {
			return null;
		}
		return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> checks.error(field, "tasks.error.boolean");
		};
	}

	/** A bound of a due range; a day as the upper bound reaches to the end of that day. */
	private static @Nullable Instant time(Checks checks, String field, @Nullable String text, boolean upper) {
		if (blank(text)) {
			return null;
		}
		var due = Due.parse(text, Due.zone());
		if (due == null) {
			return checks.error(field, "tasks.error.due");
		}
		return upper && due.allDay() ? due.at().atZone(Due.zone()).plusDays(1).toInstant() : due.at();
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
