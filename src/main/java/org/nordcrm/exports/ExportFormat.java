package org.nordcrm.exports;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;

/** The file formats a list exports to. */
public enum ExportFormat {

	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;
	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** {@code csv} or {@code xlsx} (any case); anything else is a field error on {@code format}. */
	public static ExportFormat parse(@Nullable String value) {
		if (value != null) {
			for (var f : values()) {
				if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
					return f;
				}
			}
		}
		throw InvalidInput.of("format", "exports.error.format");
	}
}
