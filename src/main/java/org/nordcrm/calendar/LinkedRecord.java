package org.nordcrm.calendar;

import java.util.UUID;

/** A company or person appointments are linked to, as a card shows it: its name and where it opens. */
public record LinkedRecord(String kind, UUID id, String name, String url) {
}
