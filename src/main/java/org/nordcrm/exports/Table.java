package org.nordcrm.exports;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A list to export: its columns and its rows, which are read only while the file is written, so a list of a
 * million rows is never held in memory.
 *
 * @param list what is exported, a short name: the file is called {@code <list>-<date>.csv} and the export log
 *        names it by message {@code exports.list.<list>}
 * @param criteria the filters and sorting the list was made with, as the log shows them (e.g. a query string)
 */
public record Table(String list, String criteria, List<Column> columns, Rows rows) {

	/**
	 * The rows, handed one by one to a sink. Each row has one value per column, typed as {@link Column} says.
	 * Implementations read from the database with a cursor (jOOQ {@code fetchLazy} with a fetch size) inside the
	 * read-only transaction that {@link ExportManagement} opens, and close it before returning.
	 */
	@FunctionalInterface
	public interface Rows {

		void each(Consumer<@Nullable Object[]> sink);
	}

	public Table {
		if (!list.matches("[a-z][a-zA-Z-]{0,49}")) {
			throw new IllegalArgumentException("list name: " + list);
		}
		columns = List.copyOf(columns);
		criteria = criteria.length() > 2000 ? criteria.substring(0, 2000) : criteria;
	}
}
