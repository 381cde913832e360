package org.nordcrm.activities.internal;

import java.util.List;

import org.nordcrm.tenancy.TenantCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new tenant starts with the usual task statuses, in Norwegian like the other starting registers (the migration
 * gives tenants made before tasks existed the same): three open ones, then done and cancelled, which close a task.
 */
@Component
class StartingStatuses {

	static final List<String> OPEN = List.of("Ikke startet", "Pågår", "Venter");
	static final List<String> CLOSING = List.of("Fullført", "Avbrutt");

	private final Statuses statuses;

	StartingStatuses(Statuses statuses) {
		this.statuses = statuses;
	}

	@EventListener
	void on(TenantCreated event) {
		OPEN.forEach(name -> statuses.insert(name, false));
		CLOSING.forEach(name -> statuses.insert(name, true));
	}
}
