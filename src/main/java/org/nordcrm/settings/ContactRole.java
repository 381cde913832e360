package org.nordcrm.settings;

/** What a person is at a company: Daglig leder, Økonomiansvarlig, Konsulent... */
public record ContactRole(ContactRoleId id, String name) {
}
