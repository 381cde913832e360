package org.nordcrm.settings;

/** Through what a customer or a sale came: Nettside, Annonse, Partner... The same list serves companies and, later, sales opportunities. */
public record Source(SourceId id, String name) implements NamedEntry {
}
