package org.nordcrm.shared;

/** A record that does not exist, is deleted, or belongs to another tenant: all three look the same, a 404. */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String kind, Object id) {
		super(kind + " " + id + " not found");
	}
}
