package org.nordcrm.activities.internal;

import static org.nordcrm.jooq.Tables.TASK_STATUS;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nordcrm.activities.TaskStatus;
import org.nordcrm.activities.TaskStatusId;
import org.nordcrm.jooq.tables.records.TaskStatusRecord;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The register of task statuses, in the order administrators gave them. */
@Repository
public class Statuses {

	private final DSLContext db;

	Statuses(DSLContext db) {
		this.db = db;
	}

	public List<TaskStatus> all() {
		return db.selectFrom(TASK_STATUS).orderBy(TASK_STATUS.POSITION, TASK_STATUS.CREATED_AT, TASK_STATUS.ID).fetch(Statuses::toStatus);
	}

	public Optional<TaskStatus> find(TaskStatusId id) {
		return db.selectFrom(TASK_STATUS).where(TASK_STATUS.ID.eq(id.value())).fetchOptional(Statuses::toStatus);
	}

	/** Adds a status at the end of the order. */
	public TaskStatusId insert(String name, boolean closes) {
		var r = db.newRecord(TASK_STATUS);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setName(name);
		r.setCloses(closes);
		r.setPosition(db.select(DSL.coalesce(DSL.max(TASK_STATUS.POSITION), 0)).from(TASK_STATUS).fetchOne().value1() + 1);
		r.store();
		return new TaskStatusId(r.getId());
	}

	/** Renames a status if it is still at {@code version}; false when someone changed it meanwhile. */
	public boolean update(TaskStatusId id, int version, String name, boolean closes) {
		return db.update(TASK_STATUS).set(TASK_STATUS.NAME, name).set(TASK_STATUS.CLOSES, closes)
			.set(TASK_STATUS.VERSION, TASK_STATUS.VERSION.plus(1))
			.where(TASK_STATUS.ID.eq(id.value()).and(TASK_STATUS.VERSION.eq(version))).execute() == 1;
	}

	public void setPosition(TaskStatusId id, int position) {
		db.update(TASK_STATUS).set(TASK_STATUS.POSITION, position).where(TASK_STATUS.ID.eq(id.value())).execute();
	}

	public boolean delete(TaskStatusId id) {
		return db.deleteFrom(TASK_STATUS).where(TASK_STATUS.ID.eq(id.value())).execute() == 1;
	}

	private static TaskStatus toStatus(TaskStatusRecord r) {
		return new TaskStatus(new TaskStatusId(r.getId()), r.getName(), r.getCloses(), r.getPosition(), r.getVersion());
	}
}
