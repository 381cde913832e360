package org.nordcrm.reminders.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.reminders.Watch;
import org.nordcrm.reminders.WatchManagement;
import org.nordcrm.reminders.WatchedRecord;

/** A watch as a list shows it: its record (null when deleted), its owner's name and whether the viewer may change it. */
public record WatchView(Watch watch, @Nullable WatchedRecord record, String owner, boolean mayChange) {

	static List<WatchView> of(List<Watch> watches, WatchManagement management, Map<UUID, String> owners, @Nullable UUID viewer) {
		return watches.stream().map(w -> new WatchView(w, management.findRecord(w.recordKind(), w.recordId()).orElse(null),
				owners.getOrDefault(w.ownerId().value(), ""), management.mayChange(w, viewer))).toList();
	}
}
