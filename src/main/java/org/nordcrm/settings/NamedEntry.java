package org.nordcrm.settings;

/** An entry of a {@link NamedRegister}: a name and nothing more. */
public interface NamedEntry {

	EntryId id();

	String name();
}
