package org.nordcrm.files;

import java.util.UUID;

/** The record a file or folder belongs to, by kind ("company", "person") and id: no foreign key to its table. */
public record RecordRef(String kind, UUID id) {

	@Override
	public String toString() {
		return kind + ":" + id;
	}
}
