package org.nordcrm.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is compared in search: lower case with accents folded the Nordic way ("Ålesund" and "alesund",
 * "Bjørn" and "bjorn", "Sæther" and "saether" are the same), split into words.
 */
public final class SearchText {

	public static final int MAX_WORD = 100;
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
	private static final Pattern PHONE_LIKE = Pattern.compile("[+(]?[\\d][\\d\\s().\\-/]*");

	private SearchText() {
	}

	public static String fold(String text) {
		var s = text.toLowerCase(Locale.ROOT)
			.replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ß", "ss")
			.replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ł", "l");
		return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
	}

	/** The distinct words of a text, folded; "Berg-Hansen AS" gives berg, hansen, as. */
	public static List<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (var w : NOT_WORD.split(fold(text))) {
			if (!w.isEmpty()) {
				words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
			}
		}
		return new ArrayList<>(words);
	}

	/** Whether a query is a phone or other number however spaced ("912 34 567", "+47 (0)91-23"). */
	public static boolean isNumberLike(String query) {
		return PHONE_LIKE.matcher(query.strip()).matches() && query.chars().filter(Character::isDigit).count() >= 2;
	}

	public static String digits(String text) {
		return NOT_DIGIT.matcher(text).replaceAll("");
	}
}
