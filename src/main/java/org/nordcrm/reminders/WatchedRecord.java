package org.nordcrm.reminders;

import java.util.UUID;

/** A record that can be watched, as the watch list shows it: its name and where it opens. */
public record WatchedRecord(String kind, UUID id, String name, String url) {
}
