package org.nordcrm.merging;

/**
 * A field (or group of columns, such as an address) as both records have it, ready to show.
 *
 * @param key what the survivor is told to take from the other record ("name", "visitingAddress")
 * @param labelKey message key of the field's label
 * @param a the first record's value as shown, empty when it has none
 * @param b the second record's value as shown
 */
public record MergeField(String key, String labelKey, String a, String b) {

	public boolean differs() {
		return !a.equals(b);
	}
}
