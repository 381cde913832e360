package org.nordcrm.imports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.nordcrm.imports.FailedRow;
import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.imports.ImportPreview;
import org.nordcrm.imports.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;

/** Problems, previews and failed rows in the reader's language, for the pages and the API alike. */
@Component
class ImportViews {

	/** A row with problems: its number, its cells and the problems as sentences. */
	record RowText(int row, List<String> problems, List<String> cells) {

		public String joined() {
			return String.join(" ", problems);
		}
	}

	/** A previewed row: what it would do, its values by field, its problems as sentences. */
	record PreviewRowView(int row, String action, Map<String, String> values, List<String> problems) {
	}

	record PreviewView(ImportJob job, List<PreviewRowView> rows, int checked, int newRows, int updated, int duplicates,
			int failed, List<RowText> problems, List<String> missingCategories, List<String> missingIndustries) {
	}

	private final MessageSource messages;
	private final ImportManagement imports;

	ImportViews(MessageSource messages, ImportManagement imports) {
		this.messages = messages;
		this.imports = imports;
	}

	String text(RowProblem p, Locale locale) {
		var message = messages.getMessage(p.key(), p.args().toArray(), p.key(), locale);
		return p.column() == null ? message : messages.getMessage("import.problem.column", new Object[] { p.column(), message }, locale);
	}

	List<String> texts(List<RowProblem> problems, Locale locale) {
		return problems.stream().map(p -> text(p, locale)).toList();
	}

	List<RowText> failed(List<FailedRow> rows, Locale locale) {
		return rows.stream().map(r -> new RowText(r.row(), texts(r.problems(), locale), r.cells())).toList();
	}

	PreviewView preview(ImportPreview p, Locale locale) {
		var rows = p.rows().stream().map(r -> new PreviewRowView(r.row(), r.action(), r.values(), texts(r.problems(), locale))).toList();
		return new PreviewView(p.job(), rows, p.checked(), p.newRows(), p.updated(), p.duplicates(), p.failed(),
				failed(p.problems(), locale), p.missingCategories(), p.missingIndustries());
	}

	/** Why a job failed, in the reader's language ("key|arg|arg" as the runner records it). */
	String error(ImportJob job, Locale locale) {
		if (job.error() == null) {
			return "";
		}
		var parts = job.error().split("\\|");
		var args = java.util.Arrays.copyOfRange(parts, 1, parts.length);
		return messages.getMessage(parts[0], args, parts[0], locale);
	}

	/** The failed rows as CSV (UTF-8 with BOM, so spreadsheets read æøå): row, reason, the cells as read. */
	void failedCsv(ImportId id, Locale locale, HttpServletResponse response) throws IOException {
		var job = imports.get(id);
		var name = job.fileName().replaceFirst("\\.[^.]*$", "") + "-failed.csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		var out = response.getOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		char delimiter = job.delimiter() == null || job.delimiter().isEmpty() ? ';' : job.delimiter().charAt(0);
		try (var csv = CsvWriter.builder().fieldSeparator(delimiter).build(writer)) {
			var header = new ArrayList<String>();
			header.add(messages.getMessage("import.failed.row", null, locale));
			header.add(messages.getMessage("import.failed.reason", null, locale));
			header.addAll(job.columns());
			csv.writeRecord(header);
			int after = 0;
			while (true) {
				var page = imports.failedRows(id, after, 1000);
				if (page.isEmpty()) {
					break;
				}
				for (var r : page) {
					var record = new ArrayList<String>();
					record.add(String.valueOf(r.row()));
					record.add(texts(r.problems(), locale).stream().collect(Collectors.joining(" ")));
					record.addAll(r.cells());
					csv.writeRecord(record);
					after = r.row();
				}
			}
		}
	}
}
