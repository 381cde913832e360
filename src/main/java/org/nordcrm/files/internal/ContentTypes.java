package org.nordcrm.files.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The content type of stored bytes, sniffed by Apache Tika from their first bytes (magic numbers), with the name
 * only to tell apart formats that share one (a .docx is a zip). What the uploading browser claimed is never used.
 */
@Component
public class ContentTypes {

	private final Tika tika = new Tika();

	public String detect(InputStream contents, String name) throws IOException {
		try (var in = new BufferedInputStream(contents)) {
			var type = tika.detect(in, name);
			return type.length() > 100 ? "application/octet-stream" : type;
		}
	}

	/** A type that would run in the browser if opened (HTML, SVG, XML, script): always sent as plain bytes. */
	public static boolean active(String type) {
		return type.contains("html") || type.contains("svg") || type.contains("xml") || type.contains("javascript");
	}
}
