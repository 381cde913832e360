package org.nordcrm.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.nordcrm.exports.Column;
import org.nordcrm.exports.Money;

/**
 * XLSX with real number, date and money cells. Text is always written as a string cell (inline, so no table of
 * all strings grows in memory), never as a formula: "=HYPERLINK(...)" shows as the text it is and "+47 22 33 44
 * 55" stays as written. Rows are flushed to the stream as they come; past Excel's 1 048 576 rows a sheet
 * continues on the next.
 */
public final class XlsxTableWriter implements TableWriter {

	private static final int FLUSH_EVERY = 1000;

	private final Workbook workbook;
	private final List<Column> columns;
	private final Style style;
	private final String sheetName;
	private @Nullable List<String> headers;
	private Worksheet sheet;
	private int sheets = 1;
	private int row;

	public XlsxTableWriter(OutputStream out, List<Column> columns, Style style, String sheetName) {
		this.workbook = new Workbook(out, "NordCRM", "1.0");
		this.columns = columns;
		this.style = style;
		this.sheetName = sheetName(sheetName);
		this.sheet = workbook.newWorksheet(this.sheetName);
	}

	@Override
	public void header(List<String> headers) {
		this.headers = headers;
		writeHeader();
	}

	private void writeHeader() {
		if (headers == null) {
			return;
		}
		for (int c = 0; c < headers.size(); c++) {
			sheet.inlineString(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
		sheet.freezePane(0, 1);
		row = 1;
	}

	@Override
	public void row(@Nullable Object[] values) throws IOException {
		if (row == Worksheet.MAX_ROWS) {
			sheet.finish();
			sheet = workbook.newWorksheet(sheetName(sheetName + " " + ++sheets));
			writeHeader();
		}
		for (int c = 0; c < values.length; c++) {
			cell(c, columns.get(c).type(), values[c]);
		}
		if (++row % FLUSH_EVERY == 0) {
			sheet.flush();
		}
	}

	private void cell(int c, Column.Type type, @Nullable Object value) {
		if (value == null) {
			return;
		}
		switch (type) {
			case TEXT -> sheet.inlineString(row, c, value.toString());
			case NUMBER -> sheet.value(row, c, (Number) value);
			case DATE -> {
				sheet.value(row, c, style.localDate(value));
				sheet.style(row, c).format(style.excelDate()).set();
			}
			case MONEY -> {
				var money = (Money) value;
				sheet.value(row, c, money.amount());
				sheet.style(row, c).format(moneyFormat(money.currency())).set();
			}
		}
	}

	/**
	 * "#,##0.00 NOK" with the code's letters escaped one by one: fastexcel writes the format into an XML
	 * attribute as it is, so a quoted literal would break the file.
	 */
	static String moneyFormat(String currency) {
		var code = new StringBuilder();
		currency.chars().filter(ch -> ch >= 'A' && ch <= 'Z').forEach(ch -> code.append('\\').append((char) ch));
		return "#,##0.00\\ " + code;
	}

	@Override
	public void finish() throws IOException {
		workbook.finish();
	}

	/** Excel's rules: at most 31 characters, none of []:*?/\. */
	private static String sheetName(String name) {
		var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		clean = clean.isEmpty() ? "Export" : clean;
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}
}
