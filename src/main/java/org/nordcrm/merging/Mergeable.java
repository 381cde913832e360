package org.nordcrm.merging;

import java.util.Set;
import java.util.UUID;

/**
 * A kind of record that can be merged ("company", "person"), provided by the module that owns it. It compares two
 * of its records field by field, makes the survivor take the fields chosen from the other record, hides that
 * record, and undoes all of this again.
 */
public interface Mergeable {

	String kind();

	/** The message key of the label of a field of {@link #compare}. */
	String labelKey(String field);

	/** A live record as the merge pages name it; RecordNotFound when it is not a live record of the tenant. */
	Comparison.Side side(UUID id);

	/** The two live records side by side; RecordNotFound when either is not a live record of the tenant. */
	Comparison compare(UUID a, UUID b);

	/**
	 * Makes {@code survivor} take the other record's value of each field named in {@code take}, adds what can be
	 * added (categories, phone numbers...) and hides the other record. Versions are those the user compared; a
	 * record changed since is refused.
	 *
	 * @return what {@link #undo} needs to put both records back
	 */
	MergeChanges merge(UUID survivor, int survivorVersion, UUID other, int otherVersion, Set<String> take);

	/**
	 * Puts both records back as they were before the merge, except fields of the survivor changed since the merge,
	 * which keep their newer values; returns the keys of those fields.
	 */
	Set<String> undo(UUID survivor, UUID other, MergeChanges changes);
}
