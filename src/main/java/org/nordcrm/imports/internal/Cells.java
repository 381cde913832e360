package org.nordcrm.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.RowProblem;

/**
 * One row's cells read into fields by the mapping: values trimmed, blank ones left out; the cells of unmapped
 * columns as "Header: value" lines for a note; and what is wrong with the row as such (too many columns, a cell
 * over the limit) or with a value that has a format (dates, numbers).
 */
public final class Cells {

	private static final Pattern DAY_NUMBER = Pattern.compile("\\d{5}(\\.\\d+)?");
	private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f']");
	private static final Pattern CURRENCY = Pattern.compile("(?i)^(kr|nok|sek|eur|usd)|(kr|nok|sek|eur|usd|,-)$");
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("uuuuMMdd"))
		.stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

	private final int row;
	private final List<String> cells;
	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, String> columns = new LinkedHashMap<>();
	private final StringBuilder unknown = new StringBuilder();
	private final List<RowProblem> problems = new ArrayList<>();

	private Cells(int row, List<String> cells) {
		this.row = row;
		this.cells = cells;
	}

	public static Cells read(SourceFile.SourceRow source, List<String> header, List<@Nullable String> mapping, int maxCell) {
		var c = new Cells(source.number(), source.cells());
		var cells = source.cells();
		int extra = 0;
		for (int i = header.size(); i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				extra = i + 1;
			}
		}
		if (extra > 0) {
			c.problems.add(new RowProblem(null, "import.error.tooManyColumns", List.of(String.valueOf(extra), String.valueOf(header.size()))));
		}
		for (int i = 0; i < header.size() && i < cells.size(); i++) {
			var value = cells.get(i).strip();
			if (value.isEmpty()) {
				continue;
			}
			var column = header.get(i).isEmpty() ? "#" + (i + 1) : header.get(i);
			if (value.length() > maxCell) {
				c.problems.add(new RowProblem(column, "import.error.cellTooLong", List.of(String.valueOf(value.length()), String.valueOf(maxCell))));
				continue;
			}
			var field = i < mapping.size() ? mapping.get(i) : null;
			if (field == null || field.isBlank()) {
				c.unknown.append(column).append(": ").append(value).append('\n');
			}
			else {
				c.values.put(field, value);
				c.columns.put(field, column);
			}
		}
		return c;
	}

	public int row() {
		return row;
	}

	public List<String> cells() {
		return cells;
	}

	public Map<String, String> values() {
		return values;
	}

	public @Nullable String get(String field) {
		return values.get(field);
	}

	public boolean has(String field) {
		return values.containsKey(field);
	}

	/** The header of the column read into {@code field}, for messages. */
	public @Nullable String column(String field) {
		return columns.get(field);
	}

	public String unknownColumns() {
		return unknown.toString().strip();
	}

	public List<RowProblem> problems() {
		return problems;
	}

	public void problem(@Nullable String field, String key, String... args) {
		problems.add(new RowProblem(field == null ? null : column(field), key, List.of(args)));
	}

	/** dd.mm.yyyy (also d.m.yyyy and dd/mm/yyyy) or ISO yyyy-mm-dd. */
	public @Nullable LocalDate date(String field) {
		var v = get(field);
		if (v == null) {
			return null;
		}
		if (DAY_NUMBER.matcher(v).matches()) {
			// a spreadsheet's day number (days since 30.12.1899), from a date cell without a date format
			return LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(v));
		}
		var text = v.length() > 10 && v.charAt(10) == 'T' || v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) : v;
		for (var f : DATES) {
			try {
				return LocalDate.parse(text, f);
			}
			catch (DateTimeParseException e) {
				// the next pattern
			}
		}
		problem(field, "import.error.date", v);
		return null;
	}

	public @Nullable Integer integer(String field) {
		var n = number(field);
		if (n == null) {
			return null;
		}
		try {
			return n.intValueExact();
		}
		catch (ArithmeticException e) {
			problem(field, "import.error.number", get(field));
			return null;
		}
	}

	/** A number as people write it: "1 234 567,50", "1,234,567.50", "1234567.5", "kr 1 000". */
	public @Nullable BigDecimal number(String field) {
		var v = get(field);
		if (v == null) {
			return null;
		}
		var s = CURRENCY.matcher(SPACES.matcher(v).replaceAll("")).replaceAll("");
		if (s.contains(",") && s.contains(".")) {
			s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
		}
		else if (s.contains(",")) {
			s = s.indexOf(',') == s.lastIndexOf(',') ? s.replace(',', '.') : s.replace(",", "");
		}
		try {
			return new BigDecimal(s);
		}
		catch (NumberFormatException e) {
			problem(field, "import.error.number", v);
			return null;
		}
	}

	/** A country as a code: NO, "Norge", "Norway", "Sverige", "Sweden"... else the text (the form's check says if it is bad). */
	public @Nullable String country(String field) {
		var v = get(field);
		if (v == null) {
			return null;
		}
		return switch (Fields.fold(v)) {
			case "norge", "norway", "noreg", "nor" -> "NO";
			case "sverige", "sweden", "swe" -> "SE";
			case "danmark", "denmark", "dnk" -> "DK";
			case "finland", "suomi", "fin" -> "FI";
			case "island", "iceland", "ísland" -> "IS";
			case "tyskland", "germany", "deutschland" -> "DE";
			case "storbritannia", "unitedkingdom", "england", "uk", "gb" -> "GB";
			default -> v.toUpperCase(Locale.ROOT);
		};
	}

	/** A list in one cell: split at ; , or |. */
	public List<String> list(String field) {
		var v = get(field);
		if (v == null) {
			return List.of();
		}
		return java.util.Arrays.stream(v.split("[;,|\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}
}
