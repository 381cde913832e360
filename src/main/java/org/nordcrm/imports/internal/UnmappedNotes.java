package org.nordcrm.imports.internal;

import java.util.UUID;

import org.nordcrm.notes.NoteInput;
import org.nordcrm.notes.NoteManagement;
import org.springframework.stereotype.Component;

/** The columns no field was chosen for, kept as a note on the record when the user asked for it. */
@Component
class UnmappedNotes {

	private final NoteManagement notes;

	UnmappedNotes(NoteManagement notes) {
		this.notes = notes;
	}

	void add(Cells cells, RunState state, String kind, UUID record) {
		if (!state.job.options().noteUnknown()) {
			return;
		}
		var text = cells.unknownColumns();
		if (text.isEmpty()) {
			return;
		}
		if (text.length() > NoteManagement.MAX_BODY) {
			text = text.substring(0, NoteManagement.MAX_BODY);
		}
		var note = notes.create(new NoteInput(kind, record, text, false, null));
		state.written.add(new ImportJobs.Written(NoteManagement.KIND, note.id().value(), "CREATED", null, note.version()));
	}
}
