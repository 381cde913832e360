package org.nordcrm.campaigns.internal;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased record leaves every campaign in the same transaction: its calls (with what was said) and its
 * memberships go, each published as erased so history forgets them too.
 */
@Component
class ErasedMembers {

	private final Members members;
	private final Calls calls;
	private final ApplicationEventPublisher events;

	ErasedMembers(Members members, Calls calls, ApplicationEventPublisher events) {
		this.members = members;
		this.calls = calls;
		this.events = events;
	}

	@EventListener
	void on(RecordErased erased) {
		if (!CompanyManagement.KIND.equals(erased.kind()) && !ContactManagement.KIND.equals(erased.kind())) {
			return;
		}
		calls.erase(erased.id()).forEach(id -> events.publishEvent(new RecordErased("callOutcome", id)));
		members.erase(erased.id()).forEach(id -> events.publishEvent(new RecordErased(KIND_MEMBER, id)));
	}

	static final String KIND_MEMBER = "campaignMember";
}
