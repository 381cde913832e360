package org.nordcrm.bench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nordcrm.search.SearchText;

/**
 * A large deterministic set of distinct, pronounceable Nordic-looking surnames ("Kvårdingheim", "Bjelstad",
 * "Tornqvist"): a stem (onset, vowel, coda), a link and a suffix, Norwegian-looking for 70 % of the words and
 * Swedish-looking for the rest. The words are distinct once folded as the search index folds them (so a
 * vocabulary of N words gives N dictionary words), spread over the whole alphabet: the combinations are taken in
 * the order of a bijection of their numbers, not in alphabetical order. The same (size, seed) always gives the same
 * words.
 */
public final class Vocabulary {

	/** The most words a vocabulary can have: about half of the combinations, so the walk never runs dry. */
	public static final int MAX_SIZE = 600_000;

	private static final List<String> ONSETS = List.of("B", "Bj", "Br", "D", "Dr", "F", "Fj", "Fl", "Fr", "G", "Gj", "Gr",
			"H", "Hj", "K", "Kj", "Kl", "Kn", "Kr", "Kv", "L", "M", "N", "R", "S", "Sk", "Sl", "Sn", "St", "Sv", "T", "Tr",
			"V", "Å", "E", "Ø", "A", "U");
	private static final List<String> CODAS = List.of("l", "ll", "n", "nd", "r", "rg", "rn", "k", "s", "st", "t", "m",
			"ld", "rd", "ng", "v", "d", "g", "nn", "rk");
	private static final List<String> LINKS = List.of("", "e", "a", "er", "el", "ing", "s", "i");

	private static final Style NORWEGIAN = new Style(List.of("a", "e", "i", "o", "u", "y", "æ", "ø", "å", "ei", "au"),
			List.of("sen", "vik", "heim", "stad", "rud", "gaard", "dal", "land", "bakken", "haug", "li", "nes", "by", "seth",
					"stuen", "sæter", "myr", "lien", "holt", "vold", "berg", "strand", "moen", "tveit"));
	private static final Style SWEDISH = new Style(List.of("a", "e", "i", "o", "u", "y", "ä", "ö", "å"),
			List.of("sson", "berg", "ström", "qvist", "gren", "lund", "by", "holm", "man", "dahl", "ling", "sjö", "blad",
					"kvist", "löf", "näs", "stedt", "ander", "borg", "fors"));

	private record Style(List<String> vowels, List<String> suffixes) {

		long combinations() {
			return (long) ONSETS.size() * vowels.size() * CODAS.size() * LINKS.size() * suffixes.size();
		}

		String word(long n) {
			int suffix = (int) (n % suffixes.size());
			n /= suffixes.size();
			int link = (int) (n % LINKS.size());
			n /= LINKS.size();
			int coda = (int) (n % CODAS.size());
			n /= CODAS.size();
			int vowel = (int) (n % vowels.size());
			n /= vowels.size();
			var onset = ONSETS.get((int) n);
			var v = vowels.get(vowel);
			// an onset that is a vowel takes no second vowel: "Øl", "Arn"
			var stem = onset.length() == 1 && "ÅEØAU".contains(onset) ? onset + CODAS.get(coda) : onset + v + CODAS.get(coda);
			return stem + LINKS.get(link) + suffixes.get(suffix);
		}
	}

	private final String[] norwegian;
	private final String[] swedish;

	/** {@code size} distinct words (at most {@link #MAX_SIZE}), 70 % of them Norwegian-looking. */
	public Vocabulary(int size, long seed) {
		if (size < 2 || size > MAX_SIZE) {
			throw new IllegalArgumentException("a vocabulary has 2 to " + MAX_SIZE + " words, not " + size);
		}
		int no = (int) Math.round(size * 0.7);
		Set<String> folded = new HashSet<>(size * 2);
		// the built-in surnames are not repeated here: the vocabulary adds to them
		Names.NORWAY.lastNames().forEach(w -> folded.add(SearchText.fold(w)));
		Names.SWEDEN.lastNames().forEach(w -> folded.add(SearchText.fold(w)));
		this.norwegian = walk(NORWEGIAN, no, seed, folded);
		this.swedish = walk(SWEDISH, size - no, seed + 1, folded);
	}

	private static String[] walk(Style style, int count, long seed, Set<String> taken) {
		long space = style.combinations();
		long a = 7_368_787;
		while (gcd(a, space) != 1) {
			a += 2;
		}
		var words = new ArrayList<String>(count);
		for (long x = 0; words.size() < count; x++) {
			if (x >= space) {
				throw new IllegalStateException("only " + words.size() + " distinct words of " + count);
			}
			var w = style.word(Math.floorMod(a * x + seed, space));
			if (taken.add(SearchText.fold(w))) {
				words.add(w);
			}
		}
		return words.toArray(String[]::new);
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}

	public int size() {
		return norwegian.length + swedish.length;
	}

	/** Word {@code i} of the Norwegian-looking ones (modulo their count). */
	public String norwegian(int i) {
		return norwegian[Math.floorMod(i, norwegian.length)];
	}

	/** Word {@code i} of the Swedish-looking ones (modulo their count). */
	public String swedish(int i) {
		return swedish[Math.floorMod(i, swedish.length)];
	}

	int norwegianCount() {
		return norwegian.length;
	}

	int swedishCount() {
		return swedish.length;
	}
}
