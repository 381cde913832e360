package org.nordcrm.notes.internal;

import org.nordcrm.notes.NoteManagement;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased record's notes go with it, in the same transaction. Each note is erased in turn, so that history also
 * forgets the text the note had (its CREATED and CHANGED entries hold it).
 */
@Component
class ErasedNotes {

	private final Notes notes;
	private final ApplicationEventPublisher events;

	ErasedNotes(Notes notes, ApplicationEventPublisher events) {
		this.notes = notes;
		this.events = events;
	}

	@EventListener
	void on(RecordErased erased) {
		if (Targets.KINDS.contains(erased.kind())) {
			notes.erase(erased.kind(), erased.id()).forEach(id -> events.publishEvent(new RecordErased(NoteManagement.KIND, id)));
		}
	}
}
