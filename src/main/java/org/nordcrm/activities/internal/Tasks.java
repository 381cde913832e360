package org.nordcrm.activities.internal;

import static org.nordcrm.jooq.Tables.TASK;
import static org.nordcrm.jooq.Tables.TASK_STATUS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.activities.Task;
import org.nordcrm.activities.TaskFilter;
import org.nordcrm.activities.TaskId;
import org.nordcrm.activities.TaskPriority;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.jooq.tables.records.TaskRecord;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The task table, read with its status (name, and whether it closes the task). Deleted tasks are never read. */
@Repository
public class Tasks {

	/** The fields a task is written with. */
	public record Row(String title, @Nullable String description, @Nullable Instant due, boolean allDay, TaskPriority priority,
			UserId owner, TaskStatusId status, @Nullable UUID company, @Nullable UUID person) {
	}

	/** Open: its status does not close it. */
	static final Condition OPEN = TASK_STATUS.CLOSES.isFalse();
	/** Open and past its due time, or past the end of its due day. */
	static final Condition OVERDUE = OPEN.and(DSL.condition("(case when {0} then {1} + interval '1 day' else {1} end) < now()",
			TASK.ALL_DAY, TASK.DUE_AT));

	private final DSLContext db;

	Tasks(DSLContext db) {
		this.db = db;
	}

	public Optional<Task> find(TaskId id) {
		return select().where(TASK.ID.eq(id.value()).and(TASK.DELETED_AT.isNull())).fetchOptional(Tasks::toTask);
	}

	/** A page by the filter, newest first; {@code limit + 1} rows, to tell whether more exist. */
	public List<Task> page(TaskFilter f, @Nullable UUID after, int limit) {
		var where = where(f);
		if (after != null) {
			where = where.and(TASK.ID.lt(after));
		}
		return select().where(where).orderBy(TASK.ID.desc()).limit(limit + 1).fetch(Tasks::toTask);
	}

	/** Tasks by the filter as people work through them: soonest due first (so overdue ones on top), undated last. */
	public List<Task> byDue(TaskFilter f, int limit) {
		return select().where(where(f)).orderBy(TASK.DUE_AT.asc().nullsLast(), TASK.ID).limit(limit).fetch(Tasks::toTask);
	}

	/** Open tasks of an owner due in [from, to), soonest first. */
	public List<Task> dueFor(UserId owner, Instant from, Instant to) {
		return select().where(TASK.DELETED_AT.isNull().and(OPEN).and(TASK.OWNER_ID.eq(owner.value()))
			.and(TASK.DUE_AT.ge(at(from))).and(TASK.DUE_AT.lt(at(to)))).orderBy(TASK.DUE_AT, TASK.ID).fetch(Tasks::toTask);
	}

	/** A record's tasks for its timeline: by due time, else creation, newest first, before {@code before}. */
	public List<Task> timeline(UUID record, @Nullable Instant before, int limit) {
		var at = DSL.coalesce(TASK.DUE_AT, TASK.CREATED_AT);
		return select().where(TASK.DELETED_AT.isNull().and(onRecord(record)).and(before == null ? DSL.noCondition() : at.lt(at(before))))
			.orderBy(at.desc(), TASK.ID.desc()).limit(limit).fetch(Tasks::toTask);
	}

	public TaskId insert(Row row, boolean closed) {
		var r = db.newRecord(TASK);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		fill(r, row);
		r.setCompletedAt(closed ? OffsetDateTime.now() : null);
		r.store();
		return new TaskId(r.getId());
	}

	/**
	 * Writes the task if it is still at {@code version}; false when someone changed it meanwhile. It is completed
	 * now when it closes, keeps its completion time when it stays closed, and has none when open.
	 */
	public boolean update(TaskId id, int version, Row row, boolean closes) {
		var completed = closes ? DSL.coalesce(TASK.COMPLETED_AT, DSL.currentOffsetDateTime()) : DSL.castNull(TASK.COMPLETED_AT);
		return db.update(TASK).set(TASK.TITLE, row.title()).set(TASK.DESCRIPTION, row.description()).set(TASK.DUE_AT, at(row.due()))
			.set(TASK.ALL_DAY, row.allDay()).set(TASK.PRIORITY, row.priority().name()).set(TASK.OWNER_ID, row.owner().value())
			.set(TASK.STATUS_ID, row.status().value()).set(TASK.COMPANY_ID, row.company()).set(TASK.PERSON_ID, row.person())
			.set(TASK.COMPLETED_AT, completed).set(TASK.VERSION, TASK.VERSION.plus(1)).set(TASK.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(TASK.ID.eq(id.value()).and(TASK.VERSION.eq(version)).and(TASK.DELETED_AT.isNull())).execute() == 1;
	}

	public boolean softDelete(TaskId id) {
		return db.update(TASK).set(TASK.DELETED_AT, DSL.currentOffsetDateTime()).set(TASK.VERSION, TASK.VERSION.plus(1))
			.where(TASK.ID.eq(id.value()).and(TASK.DELETED_AT.isNull())).execute() == 1;
	}

	/** Moves the tasks linked to one record (by {@code column}) to another; returns the ids moved. */
	public List<String> move(TableField<TaskRecord, UUID> column, UUID from, UUID to) {
		return db.update(TASK).set(column, to).set(TASK.VERSION, TASK.VERSION.plus(1)).where(column.eq(from))
			.returning(TASK.ID).fetch(TASK.ID).stream().map(UUID::toString).toList();
	}

	/** Moves these tasks, where they are still linked to {@code to}, back to {@code from}. */
	public void moveBack(TableField<TaskRecord, UUID> column, UUID from, UUID to, List<String> moved) {
		if (!moved.isEmpty()) {
			db.update(TASK).set(column, from).set(TASK.VERSION, TASK.VERSION.plus(1))
				.where(TASK.ID.in(moved.stream().map(UUID::fromString).toList()).and(column.eq(to))).execute();
		}
	}

	/**
	 * A record is erased: its tasks go too (deleted ones included), except those also linked to the other kind of
	 * record, which only lose this link. Returns the ids of the tasks deleted.
	 */
	public List<UUID> erase(TableField<TaskRecord, UUID> column, TableField<TaskRecord, UUID> other, UUID record) {
		var gone = db.deleteFrom(TASK).where(column.eq(record).and(other.isNull())).returning(TASK.ID).fetch(TASK.ID);
		db.update(TASK).set(column, (UUID) null).set(TASK.VERSION, TASK.VERSION.plus(1)).where(column.eq(record)).execute();
		return gone;
	}

	public int countWithStatus(TaskStatusId status) {
		return db.fetchCount(TASK, TASK.STATUS_ID.eq(status.value()));
	}

	static Condition onRecord(UUID record) {
		return TASK.COMPANY_ID.eq(record).or(TASK.PERSON_ID.eq(record));
	}

	private static Condition where(TaskFilter f) {
		var where = new ArrayList<Condition>();
		where.add(TASK.DELETED_AT.isNull());
		if (f.recordId() != null) {
			where.add(onRecord(f.recordId()));
		}
		if (f.ownerId() != null) {
			where.add(TASK.OWNER_ID.eq(f.ownerId().value()));
		}
		if (!f.statuses().isEmpty()) {
			where.add(TASK.STATUS_ID.in(f.statuses().stream().map(TaskStatusId::value).toList()));
		}
		if (f.open() != null) {
			where.add(f.open() ? OPEN : OPEN.not());
		}
		if (f.dueFrom() != null) {
			where.add(TASK.DUE_AT.ge(at(f.dueFrom())));
		}
		if (f.dueTo() != null) {
			where.add(TASK.DUE_AT.lt(at(f.dueTo())));
		}
		if (f.overdue()) {
			where.add(OVERDUE);
		}
		return DSL.and(where);
	}

	private SelectOnConditionStep<Record> select() {
		return db.select(TASK.fields()).select(TASK_STATUS.NAME, TASK_STATUS.CLOSES).from(TASK).join(TASK_STATUS)
			.on(TASK_STATUS.TENANT_ID.eq(TASK.TENANT_ID).and(TASK_STATUS.ID.eq(TASK.STATUS_ID)));
	}

	private static void fill(TaskRecord r, Row row) {
		r.setTitle(row.title());
		r.setDescription(row.description());
		r.setDueAt(at(row.due()));
		r.setAllDay(row.allDay());
		r.setPriority(row.priority().name());
		r.setOwnerId(row.owner().value());
		r.setStatusId(row.status().value());
		r.setCompanyId(row.company());
		r.setPersonId(row.person());
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	private static Task toTask(Record r) {
		var t = r.into(TASK);
		return new Task(new TaskId(t.getId()), t.getTitle(), t.getDescription(), instant(t.getDueAt()), t.getAllDay(),
				TaskPriority.valueOf(t.getPriority()), new UserId(t.getOwnerId()), new TaskStatusId(t.getStatusId()),
				r.get(TASK_STATUS.NAME), !r.get(TASK_STATUS.CLOSES), t.getCompanyId(), t.getPersonId(), instant(t.getCompletedAt()),
				t.getCreatedAt().toInstant(), t.getUpdatedAt().toInstant(), t.getVersion());
	}
}
