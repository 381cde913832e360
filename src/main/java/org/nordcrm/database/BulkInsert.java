package org.nordcrm.database;

import java.io.StringReader;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Many rows into a table at nearly the speed of COPY, under row-level security: PostgreSQL refuses COPY into a
 * table with row-level security for a role it applies to, so the rows are copied into a temporary table of the
 * same columns (which has no policies, no indexes and no triggers, and disappears at commit), then moved with one
 * {@code INSERT ... SELECT}, to which the table's policies, constraints and history triggers apply row by row as to
 * any insert. A multi-row {@code INSERT ... VALUES} of the same rows costs the JVM and the server several times
 * more: tens of thousands of bind parameters rendered, sent, parsed and planned per statement.
 * <p>
 * Call it in a transaction; the values are UUIDs, strings, numbers, booleans, dates and times, and JSON.
 */
public final class BulkInsert {

	private BulkInsert() {
	}

	/**
	 * Inserts {@code rows} (values in the order of {@code fields}) into {@code table}; {@code clauses} are appended to
	 * the insert's select as written (e.g. {@code "order by word"}, {@code "on conflict do nothing"}, or empty). Rows
	 * ordered by an index's key go into that index page after page instead of at random. Returns the rows inserted.
	 */
	public static int into(DSLContext db, Table<?> table, List<? extends Field<?>> fields, Collection<@Nullable Object[]> rows,
			String clauses) {
		if (rows.isEmpty()) {
			return 0;
		}
		var columns = fields.stream().map(f -> '"' + f.getName() + '"').collect(Collectors.joining(", "));
		// one staging table per table and column list, made once a transaction
		var stage = "bulk_" + table.getName() + "_" + Integer.toHexString(columns.hashCode());
		db.execute("create temporary table if not exists " + stage + " on commit drop as select " + columns + " from "
				+ table.getName() + " limit 0");
		db.execute("truncate " + stage);
		var text = new StringBuilder(rows.size() * 64 * fields.size() / 8 + 16);
		for (var row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(text, row[i]);
			}
			text.append('\n');
		}
		db.connection(c -> {
			try {
				c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + stage + " (" + columns + ") from stdin",
						new StringReader(text.toString()));
			}
			catch (java.io.IOException e) {
				throw new SQLException("copy into " + stage + " failed", e);
			}
		});
		return db.execute("insert into " + table.getName() + " (" + columns + ") select " + columns + " from " + stage + " " + clauses);
	}

	/** {@code records} of {@code table}, each with the same fields set (changed), inserted as {@link #into} inserts rows. */
	public static <R extends Record> int records(DSLContext db, Table<R> table, List<R> records, String clauses) {
		if (records.isEmpty()) {
			return 0;
		}
		var first = records.getFirst();
		var fields = Arrays.stream(table.fields()).filter(first::changed).toList();
		// by position: a record's get(Field) searches its fields for each, twenty-odd times a row
		int[] positions = fields.stream().mapToInt(table::indexOf).toArray();
		return into(db, table, fields, records.stream().map(r -> Arrays.stream(positions).mapToObj(r::get).toArray()).toList(), clauses);
	}

	/** A value in COPY's text format: \N for null, backslash escapes for the characters that end a field or a row. */
	private static void append(StringBuilder out, @Nullable Object value) {
		if (value == null) {
			out.append("\\N");
			return;
		}
		String s = switch (value) {
			case Boolean b -> b ? "t" : "f";
			case JSON j -> j.data();
			case JSONB j -> j.data();
			case TemporalAccessor t -> t.toString();
			default -> value.toString();
		};
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(ch);
			}
		}
	}
}
