package org.nordcrm.merging;

import java.util.List;
import java.util.UUID;

/**
 * Something attached to records (contact links, notes, tasks, files...) that moves to the survivor when two
 * records merge, and back when the merge is undone. The module that owns the attached rows provides it, so the
 * record's own module needs to know nothing of them.
 */
public interface MergeParticipant {

	/** A name unique among participants, under which the moved ids are kept ("contacts.links"). */
	String name();

	/** Whether this participant has anything attached to records of this kind. */
	boolean handles(String kind);

	/** Moves what is attached to {@code from} over to {@code to}; returns the ids of what it moved. */
	List<String> move(String kind, UUID from, UUID to);

	/** Moves the rows with these ids, if still attached to {@code to}, back to {@code from}. */
	void moveBack(String kind, UUID from, UUID to, List<String> moved);
}
