package org.nordcrm.activities.internal;

import static org.nordcrm.jooq.Tables.TASK;

import org.nordcrm.activities.TaskManagement;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased record's tasks go with it, in the same transaction, each published as erased so history forgets what
 * they said. A task linked to the erased record and to one of the other kind (a person and a company) stays with
 * the other one and only loses the erased link.
 */
@Component
class ErasedTasks {

	private final Tasks tasks;
	private final ApplicationEventPublisher events;

	ErasedTasks(Tasks tasks, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.events = events;
	}

	@EventListener
	void on(RecordErased erased) {
		var gone = switch (erased.kind()) {
			case CompanyManagement.KIND -> tasks.erase(TASK.COMPANY_ID, TASK.PERSON_ID, erased.id());
			case ContactManagement.KIND -> tasks.erase(TASK.PERSON_ID, TASK.COMPANY_ID, erased.id());
			default -> java.util.List.<java.util.UUID>of();
		};
		gone.forEach(id -> events.publishEvent(new RecordErased(TaskManagement.KIND, id)));
	}
}
