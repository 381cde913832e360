package org.nordcrm.notes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A note's text as the page shows it: paragraphs at blank lines, and http(s) addresses as links. The template
 * writes every part as text (escaped) and a link's address only from what matched here, so nothing a user typed
 * becomes markup.
 */
record NoteText(List<List<Part>> paragraphs) {

	/** Plain text, or a link when {@code url} is set. */
	record Part(String text, @Nullable String url) {
	}

	private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
	/** Punctuation that ends a sentence rather than an address. */
	private static final String TRAILING = ".,;:!?)]}";

	static NoteText of(String body) {
		var paragraphs = new ArrayList<List<Part>>();
		for (var p : BLANK_LINE.split(body.strip())) {
			if (!p.isBlank()) {
				paragraphs.add(parts(p.strip()));
			}
		}
		return new NoteText(paragraphs);
	}

	private static List<Part> parts(String paragraph) {
		var parts = new ArrayList<Part>();
		var m = URL.matcher(paragraph);
		int at = 0;
		while (m.find()) {
			int end = m.end();
			while (end > m.start() && TRAILING.indexOf(paragraph.charAt(end - 1)) >= 0) {
				end--;
			}
			var url = paragraph.substring(m.start(), end);
			if (url.length() <= "https://".length()) {
				continue;
			}
			if (m.start() > at) {
				parts.add(new Part(paragraph.substring(at, m.start()), null));
			}
			parts.add(new Part(url, url));
			at = end;
		}
		if (at < paragraph.length()) {
			parts.add(new Part(paragraph.substring(at), null));
		}
		return parts;
	}
}
