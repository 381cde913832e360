package org.nordcrm.shell;

import org.nordcrm.exports.Table;

/**
 * The list of one kind of record that the search page shows (the companies, contact persons or private customers
 * list is the search page with its kind chosen), as a table to export. Provided by the module that owns the
 * records, so the search page exports "the columns shown" without knowing the records.
 */
public interface ListExport {

	/** The kinds this exports, as {@link SearchQuery#kind()} names them ("company"). */
	java.util.List<String> kinds();

	/**
	 * The records the query finds, in the order the page shows them: with text, the best matches (at most
	 * {@code limit}); without text, every record passing the filters in name order, read as the file is written.
	 */
	Table table(SearchQuery query, int limit);

	/** The query as a log names it: only what is set. */
	static String criteria(SearchQuery q) {
		var s = new StringBuilder();
		append(s, "q", q.text().isEmpty() ? null : q.text());
		append(s, "kind", q.kind());
		append(s, "category", q.category());
		append(s, "industry", q.industry());
		append(s, "status", q.status());
		append(s, "owner", q.owner());
		return s.toString();
	}

	private static void append(StringBuilder s, String name, @org.jspecify.annotations.Nullable Object value) {
		if (value != null) {
			s.append(s.isEmpty() ? "" : "&").append(name).append('=').append(value);
		}
	}
}
