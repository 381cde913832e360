package org.nordcrm.settings;

import java.util.UUID;

/** The id of an entry of a {@link NamedRegister}. */
public interface EntryId {

	UUID value();
}
