package org.nordcrm.merging.internal;

import org.nordcrm.shell.RecordErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased record's merges are forgotten: what undoing them would need is the erased record's data. */
@Component
class ErasedMerges {

	private final Merges merges;

	ErasedMerges(Merges merges) {
		this.merges = merges;
	}

	@EventListener
	void on(RecordErased erased) {
		merges.forget(erased.id());
	}
}
