package org.nordcrm.calendar.internal;

import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased record leaves the appointments it was linked to or attended, in the same transaction. An appointment
 * with nothing else left (no company, person or participant) is erased too, so that history forgets it.
 */
@Component
class ErasedAppointments {

	private final AppointmentLinks links;
	private final ApplicationEventPublisher events;

	ErasedAppointments(AppointmentLinks links, ApplicationEventPublisher events) {
		this.links = links;
		this.events = events;
	}

	@EventListener
	void on(RecordErased erased) {
		var touched = switch (erased.kind()) {
			case CompanyManagement.KIND -> links.removeCompany(erased.id());
			case ContactManagement.KIND -> links.removePerson(erased.id());
			default -> java.util.Set.<java.util.UUID>of();
		};
		links.deleteUnlinked(touched).forEach(id -> events.publishEvent(new RecordErased(AppointmentManagement.KIND, id)));
	}
}
