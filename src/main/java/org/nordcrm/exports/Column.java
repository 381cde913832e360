package org.nordcrm.exports;

/**
 * One column of an exported list.
 *
 * @param headerKey the message key of its header, written in the user's language
 * @param type what its cells hold: a row's value in this column is a {@code String} (TEXT), a {@code Number}
 *        (NUMBER), a {@code LocalDate}, {@code OffsetDateTime} or {@code Instant} (DATE, shown as the date in the
 *        user's time zone) or a {@link Money} (MONEY); null for an empty cell
 */
public record Column(String headerKey, Type type) {

	public enum Type {
		TEXT, NUMBER, DATE, MONEY
	}

	public static Column text(String headerKey) {
		return new Column(headerKey, Type.TEXT);
	}

	public static Column number(String headerKey) {
		return new Column(headerKey, Type.NUMBER);
	}

	public static Column date(String headerKey) {
		return new Column(headerKey, Type.DATE);
	}

	public static Column money(String headerKey) {
		return new Column(headerKey, Type.MONEY);
	}
}
