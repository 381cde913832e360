package org.nordcrm.files.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.nordcrm.files.StoredFile;
import org.nordcrm.files.internal.ContentTypes;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file's contents as a response, for the pages and the API alike. Only the safe preview types (images, PDF) may be
 * shown inline; everything else is an attachment, and HTML, SVG, XML and script go out as plain bytes, so nothing
 * uploaded ever runs in the application's origin. The contents are streamed from the storage.
 */
final class Downloads {

	// the global policy (script-src 'self'...) would let an uploaded file's own scripts nothing, but a download needs
	// no rights at all; Chromium's PDF viewer needs the plugin embedding that object-src 'self' allows
	static final String CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'none'";

	private Downloads() {
	}

	static ResponseEntity<InputStreamResource> of(StoredFile file, InputStream contents, boolean inline) {
		boolean showInline = inline && file.previewable();
		var disposition = (showInline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8).build();
		var type = ContentTypes.active(file.contentType()) ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.contentType());
		return ResponseEntity.ok().contentType(type).contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Content-Security-Policy", CSP)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(contents));
	}
}
