package org.nordcrm.calendar.internal;

import java.util.List;
import java.util.UUID;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * When two records merge, the other's appointment links (a company's, a person's as linked or attending) go to the
 * survivor; an undo takes exactly those back.
 */
@Component
class AppointmentsMerge implements MergeParticipant {

	private final AppointmentLinks links;

	AppointmentsMerge(AppointmentLinks links) {
		this.links = links;
	}

	@Override
	public String name() {
		return "calendar.appointments";
	}

	@Override
	public boolean handles(String kind) {
		return kind.equals(CompanyManagement.KIND) || kind.equals(ContactManagement.KIND);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		return kind.equals(CompanyManagement.KIND) ? links.moveCompany(from, to) : links.movePerson(from, to);
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		links.moveBack(from, to, moved);
	}
}
