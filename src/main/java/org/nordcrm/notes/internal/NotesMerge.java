package org.nordcrm.notes.internal;

import java.util.List;
import java.util.UUID;

import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/** When two records merge, the other's notes go to the survivor; an undo takes exactly those back. */
@Component
class NotesMerge implements MergeParticipant {

	private final Notes notes;

	NotesMerge(Notes notes) {
		this.notes = notes;
	}

	@Override
	public String name() {
		return "notes";
	}

	@Override
	public boolean handles(String kind) {
		return Targets.KINDS.contains(kind);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		return notes.move(kind, from, to);
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		notes.moveBack(kind, from, to, moved);
	}
}
