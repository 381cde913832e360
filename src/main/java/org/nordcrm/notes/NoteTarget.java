package org.nordcrm.notes;

import java.util.UUID;

/** The record a note is written on, as the card shows it: its name and where it opens. */
public record NoteTarget(String kind, UUID id, String name, String url, boolean privateCustomer) {

	public boolean is(String kind, UUID id) {
		return this.kind.equals(kind) && this.id.equals(id);
	}
}
