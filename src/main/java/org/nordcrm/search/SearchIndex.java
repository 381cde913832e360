package org.nordcrm.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.search.internal.SearchWords.Wanted;
import org.nordcrm.search.internal.SearchWords;
import org.nordcrm.search.internal.WritesApart;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds records by what the user types. A record is indexed under its words (see {@link SearchTerms}); a query
 * matches, best first: words beginning with what was typed (one btree range per word), then words containing
 * it, then words similar to it (a typo). Containing and similar words are looked up in the tenant's dictionary
 * of distinct name words (10⁵-10⁶ in a large register), so every step is an index lookup with a limit, never a
 * scan of all records.
 * <p>
 * A typo in what is typed, usually the beginning of a name, is found by the dictionary words that begin with
 * one edit of it (a letter left out, added, replaced, or two swapped; never the first letter): a few hundred
 * btree ranges in one statement, a millisecond or two. Trigram similarity (pg_trgm {@code %}) is the fallback
 * for longer words: for a short beginning it compares it with whole words, misses most intended names, and its
 * index hands back thousands of candidates to check.
 */
@Service
@Transactional
public class SearchIndex {

	public static final int MAX_QUERY = 200;
	private static final int MAX_WORDS = 5;
	private static final int EXPANSIONS = 12;
	/** Words up to this long get their one-edit variants looked up (about 55 per letter); longer ones only trigrams. */
	static final int MAX_EDITED = 10;
	/** Trigram similarity, when no one-edit variant is in the dictionary, for words at least this long. */
	static final int MIN_TRIGRAM = 6;
	/** Dictionary words taken per one-edit variant. */
	private static final int PER_VARIANT = 3;
	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private final SearchWords words;
	private final DataSource dataSource;
	private final DSLContext db;
	private volatile @Nullable Boolean twoPhase;

	SearchIndex(SearchWords words, DataSource dataSource, DSLContext db) {
		this.words = words;
		this.dataSource = dataSource;
		this.db = db;
	}

	/**
	 * From now to the end of the current transaction, writes its index changes meanwhile on a second connection
	 * ({@link WritesApart}), which commits or rolls back with it: for a long transaction that writes many records (an
	 * import), whose search words the database then writes beside the records instead of after them. Only where the
	 * database allows prepared transactions ({@code max_prepared_transactions}, which the embedded one sets); elsewhere
	 * the writes stay in the transaction. Nothing that searches may run in the transaction afterwards: it would not see
	 * its own new words.
	 */
	public void writeApart() {
		var allowed = twoPhase;
		if (allowed == null) {
			allowed = db.fetchValue(DSL.field("current_setting('max_prepared_transactions')::int > 0", Boolean.class));
			twoPhase = allowed;
		}
		if (Boolean.TRUE.equals(allowed)) {
			WritesApart.begin(dataSource, db);
		}
	}

	/** Replaces what a record is found by; call it in the transaction that saves the record. */
	public void index(String kind, UUID record, SearchTerms terms) {
		var tenant = TenantContext.require().value();
		write(w -> {
			w.replace(tenant, kind, record, terms.all());
			addToDictionary(w, tenant, dictionaryWords(terms));
		});
	}

	/** Indexes new records (ones not in the index yet) at once: a batch of them in a few statements. */
	public void indexNew(String kind, Map<UUID, SearchTerms> records) {
		var tenant = TenantContext.require().value();
		write(w -> {
			var all = new LinkedHashMap<UUID, Set<String>>();
			var dictionary = new LinkedHashSet<String>();
			records.forEach((record, terms) -> {
				all.put(record, terms.all());
				dictionary.addAll(dictionaryWords(terms));
			});
			w.addAll(tenant, kind, all);
			addToDictionary(w, tenant, dictionary);
		});
	}

	/** Runs an index change in this transaction, or queues it for the transaction's writes apart. */
	private void write(Consumer<SearchWords> change) {
		var apart = WritesApart.current();
		if (apart == null) {
			change.accept(words);
		}
		else {
			apart.submit(change);
		}
	}

	/**
	 * Words the dictionary lacks (asked through {@code in}) go in apart ({@link SearchWords#addToDictionaryApart}); most
	 * saves have none, and so open no second transaction (nor take a second connection from the pool).
	 */
	private void addToDictionary(SearchWords in, UUID tenant, Collection<String> dictionary) {
		var missing = dictionary.isEmpty() ? List.<String>of() : in.notInDictionary(tenant, dictionary);
		if (!missing.isEmpty()) {
			words.addToDictionaryApart(tenant, missing);
		}
	}

	private static List<String> dictionaryWords(SearchTerms terms) {
		return terms.names().stream()
			.filter(w -> w.length() >= 2 && w.length() <= SearchText.MAX_WORD && !w.chars().allMatch(Character::isDigit))
			.toList();
	}

	/** Removes a record from the index (it is deleted). */
	public void remove(String kind, UUID record) {
		var tenant = TenantContext.require().value();
		write(w -> w.remove(tenant, kind, record));
	}

	/** The records of the given kinds that match the query, best first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<SearchMatch> find(String query, Collection<String> kinds, int limit) {
		var q = query.strip();
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		if (q.isEmpty() || kinds.isEmpty() || limit < 1) {
			return List.of();
		}
		var tenant = TenantContext.require().value();
		var found = new Found(limit);
		if (q.contains("@") || q.matches("\\S+\\.\\S+")) {
			// an e-mail address or a domain, as a whole
			found.add(words.records(tenant, SearchText.fold(q), false, kinds, List.of(), limit * 2), 0);
			if (!found.matches().isEmpty() || q.contains("@")) {
				return found.matches();
			}
		}
		if (SearchText.isNumberLike(q)) {
			var digits = SearchText.digits(q).replaceFirst("^00", "");
			found.add(words.records(tenant, digits, false, kinds, List.of(), limit * 2), 0);
			if (!found.full() && q.strip().startsWith("+")) {
				return found.matches();
			}
		}
		var typed = SearchText.words(q);
		if (typed.isEmpty()) {
			return found.matches();
		}
		if (typed.size() > MAX_WORDS) {
			typed = typed.subList(0, MAX_WORDS);
		}
		// the longest word drives the lookup: it has the fewest matches
		var driver = typed.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
		var others = new ArrayList<>(typed);
		others.remove(driver);
		var prefixOnly = others.stream().map(o -> new Wanted(o, List.of())).toList();
		found.add(words.records(tenant, driver, false, kinds, prefixOnly, limit * 2), 0);
		if (found.full() || driver.length() < 3) {
			return found.matches();
		}
		// then what contains the words, then what resembles them
		var tolerant = others.stream().map(o -> new Wanted(o, expansions(tenant, o))).toList();
		if (!tolerant.equals(prefixOnly)) {
			found.add(words.records(tenant, driver, false, kinds, tolerant, limit * 2), 0);
		}
		int rank = 1000;
		for (var word : words.containing(tenant, driver, EXPANSIONS)) {
			if (found.full()) {
				return found.matches();
			}
			found.add(words.records(tenant, word, true, kinds, tolerant, limit), rank++);
		}
		rank = 2000;
		for (var word : resembling(tenant, driver)) {
			if (found.full()) {
				break;
			}
			if (!word.startsWith(driver) && !word.contains(driver)) {
				found.add(words.records(tenant, word, true, kinds, tolerant, limit), rank++);
			}
		}
		return found.matches();
	}

	private List<String> expansions(UUID tenant, String word) {
		if (word.length() < 3) {
			return List.of();
		}
		var all = new ArrayList<>(words.containing(tenant, word, EXPANSIONS));
		all.addAll(resembling(tenant, word));
		return all;
	}

	/** Dictionary words that {@code word} may be a mistyped beginning of, best first. */
	private List<String> resembling(UUID tenant, String word) {
		var found = word.length() <= MAX_EDITED
				? words.beginningWithAny(tenant, word, oneEditAway(word), PER_VARIANT, EXPANSIONS)
				: List.<String>of();
		if (found.isEmpty() && word.length() >= MIN_TRIGRAM) {
			found = words.similar(tenant, word, EXPANSIONS);
		}
		return found;
	}

	/**
	 * What {@code word} becomes with one edit undone: a letter removed (one typed too many), two neighbours
	 * swapped, a letter replaced or one inserted (one left out). The first letter stays: people rarely mistype it.
	 */
	public static Set<String> oneEditAway(String word) {
		var variants = new LinkedHashSet<String>();
		int n = word.length();
		for (int i = 1; i < n; i++) {
			variants.add(word.substring(0, i) + word.substring(i + 1));
			if (i + 1 < n) {
				variants.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
			}
			for (int k = 0; k < LETTERS.length(); k++) {
				variants.add(word.substring(0, i) + LETTERS.charAt(k) + word.substring(i + 1));
			}
		}
		for (int i = 1; i <= n; i++) {
			for (int k = 0; k < LETTERS.length(); k++) {
				variants.add(word.substring(0, i) + LETTERS.charAt(k) + word.substring(i));
			}
		}
		variants.remove(word);
		return variants;
	}

	/** Matches in the order found, each record once, at most {@code limit}. */
	private static final class Found {

		private final int limit;
		private final Map<String, SearchMatch> matches = new LinkedHashMap<>();

		Found(int limit) {
			this.limit = limit;
		}

		void add(List<? extends org.jooq.Record3<String, UUID, String>> rows, int rank) {
			for (var row : rows) {
				if (full()) {
					return;
				}
				matches.putIfAbsent(row.value1() + ":" + row.value2(), new SearchMatch(row.value1(), row.value2(), rank + matches.size()));
			}
		}

		boolean full() {
			return matches.size() >= limit;
		}

		List<SearchMatch> matches() {
			return List.copyOf(matches.values());
		}
	}
}
