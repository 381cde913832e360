package org.nordcrm.activities.internal;

import static org.nordcrm.jooq.Tables.TASK;

import java.util.List;
import java.util.UUID;

import org.jooq.TableField;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.jooq.tables.records.TaskRecord;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/** When two companies or two persons merge, the other's tasks go to the survivor; an undo takes exactly those back. */
@Component
class TasksMerge implements MergeParticipant {

	private final Tasks tasks;

	TasksMerge(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public String name() {
		return "activities.tasks";
	}

	@Override
	public boolean handles(String kind) {
		return kind.equals(CompanyManagement.KIND) || kind.equals(ContactManagement.KIND);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		return tasks.move(column(kind), from, to);
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		tasks.moveBack(column(kind), from, to, moved);
	}

	static TableField<TaskRecord, UUID> column(String kind) {
		return kind.equals(CompanyManagement.KIND) ? TASK.COMPANY_ID : TASK.PERSON_ID;
	}
}
