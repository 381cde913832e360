package org.nordcrm.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.exports.Column;
import org.nordcrm.exports.ExportFormat;
import org.nordcrm.exports.ExportManagement;
import org.nordcrm.exports.Table;
import org.nordcrm.shell.ListExport;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page's Export CSV / Export XLSX, and the same in the API. With a kind chosen (the companies, contact
 * persons or private customers list) the module owning the records writes its columns; otherwise the hits as
 * the page lists them: kind, name, details.
 */
@Controller
@Tag(name = "Search")
class SearchExportController {

	/** A search by text exports at most this many best matches; a list by filters alone exports every record. */
	static final int TEXT_LIMIT = 1000;
	static final List<Column> HIT_COLUMNS = List.of(Column.text("search.kind"), Column.text("exports.column.name"),
			Column.text("exports.column.detail"));

	private final List<SearchProvider> providers;
	private final List<ListExport> lists;
	private final ExportManagement exports;
	private final MessageSource messages;

	SearchExportController(List<SearchProvider> providers, List<ListExport> lists, ExportManagement exports, MessageSource messages) {
		this.providers = providers;
		this.lists = lists;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/search/export")
	void page(@ModelAttribute SearchForm form, @RequestParam(required = false) @Nullable String format,
			HttpServletResponse response, Locale locale) throws IOException {
		export(form, format, response, locale);
	}

	@GetMapping("/api/v1/search/export")
	@SecurityRequirement(name = "token")
	@Operation(summary = "A list or search result as a file (format=csv or xlsx), in the caller's language (Accept-Language): "
			+ "the same parameters as /api/v1/search. With kind=company, person or private and no q, every such record "
			+ "passing the filters in name order (the companies, contact persons and private customers lists); with q, "
			+ "the best " + TEXT_LIMIT + " matches. CSV is UTF-8 with a BOM, ';' and a decimal comma in nb and sv, ',' in en")
	void api(@ModelAttribute SearchForm form, @RequestParam(required = false) @Nullable String format,
			HttpServletResponse response, Locale locale) throws IOException {
		export(form, format, response, locale);
	}

	private void export(SearchForm form, @Nullable String format, HttpServletResponse response, Locale locale) throws IOException {
		var f = ExportFormat.parse(format);
		var query = form.query();
		exports.download(table(query, locale), f, response);
	}

	private Table table(SearchQuery query, Locale locale) {
		if (query.kind() != null) {
			for (var list : lists) {
				if (list.kinds().contains(query.kind())) {
					return list.table(query, TEXT_LIMIT);
				}
			}
		}
		return new Table("search", ListExport.criteria(query), HIT_COLUMNS, sink -> SearchForm.search(providers, query, TEXT_LIMIT)
			.forEach(h -> sink.accept(new @Nullable Object[] { messages.getMessage(h.kindKey(), null, h.kind(), locale), h.title(),
					h.detail() })));
	}
}
