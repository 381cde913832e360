package org.nordcrm.files.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names as people see them, made safe: only the last part of a path ("../../etc/passwd" is "passwd"), no
 * control or direction-override characters (which can disguise an extension), no runs of dots, none of the
 * characters Windows refuses, at most 255 characters with the extension kept. Emoji and any other letters stay.
 */
public final class FileNames {

	public static final int MAX = 255;
	private static final int MAX_EXTENSION = 20;

	private FileNames() {
	}

	public static String sanitise(String raw, String fallback) {
		var name = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		var kept = new StringBuilder();
		name.codePoints().filter(cp -> !Character.isISOControl(cp) && !(cp >= 0x202A && cp <= 0x202E)
				&& !(cp >= 0x2066 && cp <= 0x2069) && cp != 0xFEFF)
			.forEach(cp -> kept.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp));
		name = kept.toString().replaceAll("\\.{2,}", ".").strip();
		// leading and trailing dots and spaces: hidden files, and names Windows cannot save
		name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
		if (name.isEmpty()) {
			name = fallback;
		}
		return shorten(name, MAX);
	}

	/** The name cut to {@code max} characters (code points), keeping its extension. */
	static String shorten(String name, int max) {
		if (name.codePointCount(0, name.length()) <= max) {
			return name;
		}
		var ext = extension(name);
		var base = name.substring(0, name.length() - ext.length());
		int keep = max - ext.codePointCount(0, ext.length());
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + ext;
	}

	/** ".pdf" of "tilbud.pdf"; "" when there is none (or it is too long to be one). */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
	}

	/** {@code name}, or "name (2).ext", "name (3).ext"... when a file of that name is already there. */
	public static String unique(String name, Set<String> takenLowerCase) {
		if (!takenLowerCase.contains(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		var ext = extension(name);
		var base = name.substring(0, name.length() - ext.length());
		for (int n = 2;; n++) {
			var suffix = " (" + n + ")" + ext;
			var candidate = shorten(base, MAX - suffix.codePointCount(0, suffix.length())) + suffix;
			if (!takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
	}
}
