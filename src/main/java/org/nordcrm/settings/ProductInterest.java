package org.nordcrm.settings;

/** A product or service a company has shown interest in; a company may have many. */
public record ProductInterest(ProductInterestId id, String name) implements NamedEntry {
}
