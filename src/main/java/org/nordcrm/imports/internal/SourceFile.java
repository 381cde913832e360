package org.nordcrm.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * An uploaded file read as rows of text cells, never whole into memory: a CSV (delimiter sniffed among , ; TAB |;
 * UTF-8 with or without BOM, else Windows-1252; quoted fields with line breaks) or the first sheet of an XLSX.
 * {@link #inspect} refuses what cannot be imported with a message naming the line or column.
 */
public final class SourceFile {

	public static final String FIELD = "file";
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** How a file is read, found by {@link #inspect}. */
	public record Layout(String format, @Nullable String encoding, @Nullable Character delimiter, List<String> columns,
			int rows) {
	}

	/** One data row: its number as people count (the header is row 1) and its cells. */
	public record SourceRow(int number, List<String> cells) {
	}

	/** Rows read one at a time; closing it closes the file. */
	public interface Rows extends Iterator<SourceRow>, AutoCloseable {

		@Override
		void close();
	}

	private SourceFile() {
	}

	public static Layout inspect(Path file) {
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw InvalidInput.of(FIELD, "import.error.empty");
			}
			byte[] head = new byte[(int) Math.min(size, 8192)];
			try (var in = Files.newInputStream(file)) {
				in.readNBytes(head, 0, head.length);
			}
			if (ReadableWorkbook.isOOXMLZipHeader(head)) {
				return inspectXlsx(file);
			}
			if (ReadableWorkbook.isOLE2Header(head)) {
				throw InvalidInput.of(FIELD, "import.error.oldExcel");
			}
			for (byte b : head) {
				if (b == 0) {
					throw InvalidInput.of(FIELD, "import.error.binary");
				}
			}
			return inspectCsv(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Rows rows(Path file, Layout layout) {
		try {
			return "XLSX".equals(layout.format()) ? xlsxRows(file) : csvRows(file, layout);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// CSV

	private static Layout inspectCsv(Path file) throws IOException {
		var scan = ByteScan.of(file);
		if (scan.invalidLine > 0 && scan.utf8Line > 0) {
			throw InvalidInput.of(FIELD, "import.error.mixedEncoding", scan.invalidLine, scan.utf8Line);
		}
		if (scan.openQuoteLine > 0) {
			throw InvalidInput.of(FIELD, "import.error.unbalancedQuote", scan.openQuoteLine);
		}
		var charset = scan.invalidLine > 0 ? WINDOWS_1252 : StandardCharsets.UTF_8;
		char delimiter = sniff(file, charset);
		var partial = new Layout("CSV", charset.name(), delimiter, List.of(), 0);
		int rows = 0;
		List<String> header = null;
		try (var reader = reader(file, partial)) {
			for (var record : reader) {
				if (header == null) {
					header = header(record.getFields());
				}
				else if (!blank(record)) {
					rows++;
				}
			}
		}
		if (header == null) {
			throw InvalidInput.of(FIELD, "import.error.empty");
		}
		if (rows == 0) {
			throw InvalidInput.of(FIELD, "import.error.noRows");
		}
		return new Layout("CSV", charset.name(), delimiter, header, rows);
	}

	private static CsvReader<CsvRecord> reader(Path file, Layout layout) throws IOException {
		var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		if ("UTF-8".equals(layout.encoding())) {
			in.mark(3);
			byte[] b = in.readNBytes(3);
			if (!java.util.Arrays.equals(b, BOM)) {
				in.reset();
			}
		}
		Reader text = new InputStreamReader(in, Charset.forName(layout.encoding()));
		return CsvReader.builder().fieldSeparator(layout.delimiter() == null ? ',' : layout.delimiter())
			.allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
			.allowExtraCharsAfterClosingQuote(true).ofCsvRecord(text);
	}

	private static Rows csvRows(Path file, Layout layout) throws IOException {
		var reader = reader(file, layout);
		var it = reader.iterator();
		if (it.hasNext()) {
			it.next(); // the header
		}
		return new Reading(reader) {

			@Override
			@Nullable SourceRow read() {
				while (it.hasNext()) {
					var r = it.next();
					if (!blank(r)) {
						return new SourceRow((int) r.getStartingLineNumber(), r.getFields());
					}
				}
				return null;
			}
		};
	}

	private static boolean blank(CsvRecord r) {
		for (var f : r.getFields()) {
			if (!f.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The delimiter that splits the first lines most evenly into the most columns (outside quotes). */
	private static char sniff(Path file, Charset charset) throws IOException {
		var lines = new ArrayList<String>();
		try (var r = Files.newBufferedReader(file, charset)) {
			String line;
			while (lines.size() < 20 && (line = r.readLine()) != null) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
		}
		char best = ',';
		int bestScore = 0;
		for (char d : new char[] { ',', ';', '\t', '|' }) {
			int first = count(lines.getFirst(), d);
			int consistent = 0;
			for (var l : lines) {
				if (count(l, d) == first) {
					consistent++;
				}
			}
			int score = first * 2 + consistent;
			if (first > 0 && score > bestScore) {
				best = d;
				bestScore = score;
			}
		}
		return best;
	}

	private static int count(String line, char d) {
		int n = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == d && !quoted) {
				n++;
			}
		}
		return n;
	}

	/** Header names trimmed; blank ones named by position; the same name twice refused. */
	private static List<String> header(List<String> fields) {
		var names = new ArrayList<String>();
		var seen = new HashMap<String, Integer>();
		for (int i = 0; i < fields.size(); i++) {
			var name = fields.get(i).replace("\uFEFF", "").strip();
			var key = name.toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && seen.containsKey(key)) {
				throw InvalidInput.of(FIELD, "import.error.duplicateHeader", name, seen.get(key) + 1, i + 1);
			}
			seen.put(key, i);
			names.add(name);
		}
		while (!names.isEmpty() && names.getLast().isEmpty()) {
			names.removeLast();
		}
		if (names.isEmpty()) {
			throw InvalidInput.of(FIELD, "import.error.noHeader");
		}
		return names;
	}

	// XLSX

	private static Layout inspectXlsx(Path file) throws IOException {
		List<String> header = null;
		int rows = 0;
		try (var wb = open(file); var stream = wb.getFirstSheet().openStream()) {
			for (var it = stream.iterator(); it.hasNext();) {
				var cells = cells(it.next());
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = header(cells);
				}
				else {
					rows++;
				}
			}
		}
		catch (RuntimeException e) {
			if (e instanceof InvalidInput) {
				throw e;
			}
			throw InvalidInput.of(FIELD, "import.error.badXlsx");
		}
		if (header == null) {
			throw InvalidInput.of(FIELD, "import.error.empty");
		}
		if (rows == 0) {
			throw InvalidInput.of(FIELD, "import.error.noRows");
		}
		return new Layout("XLSX", null, null, header, rows);
	}

	private static ReadableWorkbook open(Path file) {
		try {
			return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
		}
		catch (IOException | RuntimeException e) {
			throw InvalidInput.of(FIELD, "import.error.badXlsx");
		}
	}

	private static Rows xlsxRows(Path file) throws IOException {
		var wb = open(file);
		Stream<Row> stream = wb.getFirstSheet().openStream();
		var it = stream.iterator();
		return new Reading(() -> {
			stream.close();
			wb.close();
		}) {

			private boolean headerRead;

			@Override
			@Nullable SourceRow read() {
				while (it.hasNext()) {
					var row = it.next();
					var cells = cells(row);
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					if (headerRead) {
						return new SourceRow(row.getRowNum(), cells);
					}
					headerRead = true;
				}
				return null;
			}
		};
	}

	/** Rows read ahead one at a time by {@link #read}, which gives null at the end. */
	private abstract static class Reading implements Rows {

		private final AutoCloseable resource;
		private @Nullable SourceRow next;

		Reading(AutoCloseable resource) {
			this.resource = resource;
		}

		abstract @Nullable SourceRow read();

		@Override
		public boolean hasNext() {
			if (next == null) {
				next = read();
			}
			return next != null;
		}

		@Override
		public SourceRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			var r = next;
			next = null;
			return r;
		}

		@Override
		public void close() {
			try {
				resource.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** A row's cells as text; dates as ISO dates, whole numbers without ".0". */
	private static List<String> cells(Row row) {
		var cells = new ArrayList<String>();
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return cells;
	}

	private static String text(@Nullable Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			var format = cell.getDataFormatString();
			if (format != null && format.matches("(?i).*[dy].*") && !format.contains("#")) {
				return cell.asDate().toLocalDate().toString();
			}
			var n = cell.asNumber();
			return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
		}
		var t = cell.getText();
		return t == null ? "" : t;
	}

	/**
	 * One pass over the bytes: is it UTF-8 (where the first non-UTF-8 byte and the first multi-byte UTF-8 character
	 * are) and does a quote stay open to the end (on which line it opened).
	 */
	private static final class ByteScan {

		int invalidLine;
		int utf8Line;
		int openQuoteLine;

		static ByteScan of(Path file) throws IOException {
			var scan = new ByteScan();
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				int line = 1;
				boolean quoted = false;
				int quoteLine = 0;
				int need = 0;
				int b;
				byte[] buf = new byte[1 << 16];
				int n;
				while ((n = in.read(buf)) > 0) {
					for (int i = 0; i < n; i++) {
						b = buf[i] & 0xFF;
						if (need > 0) {
							if ((b & 0xC0) == 0x80) {
								if (--need == 0 && scan.utf8Line == 0) {
									scan.utf8Line = line;
								}
								continue;
							}
							need = 0;
							if (scan.invalidLine == 0) {
								scan.invalidLine = line;
							}
						}
						if (b >= 0x80) {
							if (b >= 0xC2 && b <= 0xDF) {
								need = 1;
							}
							else if (b >= 0xE0 && b <= 0xEF) {
								need = 2;
							}
							else if (b >= 0xF0 && b <= 0xF4) {
								need = 3;
							}
							else if (scan.invalidLine == 0) {
								scan.invalidLine = line;
							}
						}
						else if (b == '\n') {
							line++;
						}
						else if (b == '"') {
							quoted = !quoted;
							if (quoted) {
								quoteLine = line;
							}
						}
					}
				}
				if (need > 0 && scan.invalidLine == 0) {
					scan.invalidLine = line;
				}
				scan.openQuoteLine = quoted ? quoteLine : 0;
			}
			return scan;
		}
	}
}
