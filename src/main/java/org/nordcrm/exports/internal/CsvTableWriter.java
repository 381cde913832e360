package org.nordcrm.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.exports.Column;
import org.nordcrm.exports.Money;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** CSV in UTF-8 with a byte order mark (so Excel reads æøå right), fields separated as the user's language does. */
public final class CsvTableWriter implements TableWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final List<Column> columns;
	private final Style style;
	private final CsvWriter csv;
	private final String[] fields;

	public CsvTableWriter(OutputStream out, List<Column> columns, Style style) throws IOException {
		out.write(BOM);
		this.columns = columns;
		this.style = style;
		this.csv = CsvWriter.builder().fieldSeparator(style.separator()).lineDelimiter(LineDelimiter.CRLF)
			.build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.fields = new String[columns.size()];
	}

	@Override
	public void header(List<String> headers) {
		csv.writeRecord(headers.stream().map(Style::neutralised).toList());
	}

	@Override
	public void row(@Nullable Object[] values) {
		for (int i = 0; i < fields.length; i++) {
			fields[i] = field(columns.get(i).type(), values[i]);
		}
		csv.writeRecord(fields);
	}

	private String field(Column.Type type, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		return switch (type) {
			case TEXT -> Style.neutralised(value.toString());
			case NUMBER -> style.number((Number) value);
			case DATE -> style.localDate(value).format(style.date());
			case MONEY -> style.amount(((Money) value).amount());
		};
	}

	@Override
	public void finish() throws IOException {
		csv.flush();
	}
}
