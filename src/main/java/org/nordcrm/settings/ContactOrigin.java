package org.nordcrm.settings;

/** Where a customer relationship began: Nettside, Messe, Anbefaling... */
public record ContactOrigin(ContactOriginId id, String name) implements NamedEntry {
}
