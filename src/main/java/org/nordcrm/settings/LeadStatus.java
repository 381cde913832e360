package org.nordcrm.settings;

/** Where a lead stands: Ny, Kontaktet, Kvalifisert, Diskvalifisert... The oldest entry is a new lead's status. */
public record LeadStatus(LeadStatusId id, String name) implements NamedEntry {
}
