package org.nordcrm.reminders;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the records of one kind that can be watched. A module whose records can be watched (tasks, appointments)
 * contributes a bean; companies and persons are looked up here through their modules' APIs, as the registers
 * know nothing of reminders. A deleted record or another tenant's is not found.
 */
public interface RecordLookup {

	String kind();

	Optional<WatchedRecord> find(UUID id);
}
