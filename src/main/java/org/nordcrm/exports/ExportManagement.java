package org.nordcrm.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Formats;
import org.nordcrm.exports.internal.CsvTableWriter;
import org.nordcrm.exports.internal.ExportLog;
import org.nordcrm.exports.internal.Style;
import org.nordcrm.exports.internal.TableWriter;
import org.nordcrm.exports.internal.XlsxTableWriter;
import org.nordcrm.shared.CursorPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a {@link Table} as CSV or XLSX in the user's language and logs who exported it. The rows are read in a
 * read-only transaction while the file is written to the response, so an export of any size needs little memory;
 * the log entry is written afterwards, also when the download broke off (with the rows sent so far).
 */
@Service
public class ExportManagement {

	private final TransactionTemplate reading;
	private final TransactionTemplate writing;
	private final MessageSource messages;
	private final ExportLog log;

	ExportManagement(PlatformTransactionManager transactions, MessageSource messages, ExportLog log) {
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.messages = messages;
		this.log = log;
	}

	/** Sends the table as a file download named by {@link #fileName}. */
	public long download(Table table, ExportFormat format, HttpServletResponse response) throws IOException {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(table, format)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return write(table, format, response.getOutputStream());
	}

	/** Writes the table to {@code out} in the current user's language and time zone; returns the rows written. */
	public long write(Table table, ExportFormat format, OutputStream out) throws IOException {
		var locale = LocaleContextHolder.getLocale();
		var style = Style.of(locale, zone());
		var headers = table.columns().stream().map(c -> messages.getMessage(c.headerKey(), null, locale)).toList();
		long[] rows = { 0 };
		boolean complete = false;
		try {
			reading.executeWithoutResult(tx -> {
				try {
					var writer = writer(table, format, out, style, locale);
					writer.header(headers);
					table.rows().each(values -> {
						try {
							writer.row(values);
							rows[0]++;
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
					writer.finish();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			out.flush();
			complete = true;
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		finally {
			var actor = actorName();
			var criteria = table.criteria();
			var count = rows[0];
			var done = complete;
			writing.executeWithoutResult(tx -> log.add(actor, table.list(), criteria, format.extension(), count, done));
		}
		return rows[0];
	}

	/** What and when: {@code companies-2026-11-23.xlsx}, the date in the user's time zone. */
	public String fileName(Table table, ExportFormat format) {
		return table.list() + "-" + LocalDate.now(zone()) + "." + format.extension();
	}

	/** The export log, newest first (administrators). */
	public CursorPage<ExportEntry> log(@Nullable String before, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		var cursor = CursorPage.uuid(before);
		return reading.execute(tx -> CursorPage.of(log.list(cursor, n + 1), n, e -> e.id().toString()));
	}

	private TableWriter writer(Table table, ExportFormat format, OutputStream out, Style style, Locale locale) throws IOException {
		return switch (format) {
			case CSV -> new CsvTableWriter(out, table.columns(), style);
			case XLSX -> new XlsxTableWriter(out, table.columns(), style,
					messages.getMessage("exports.list." + table.list(), null, table.list(), locale));
		};
	}

	private static String actorName() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	private static ZoneId zone() {
		return Formats.zone();
	}
}
