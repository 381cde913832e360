package org.nordcrm.search.internal;

import static org.nordcrm.jooq.Tables.SEARCH_TERM;
import static org.nordcrm.jooq.Tables.SEARCH_WORD;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.SearchWord;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The index tables. Every query names the tenant, so the btree on (tenant_id, word) answers it. */
@Repository
public class SearchWords {

	/** The highest code point: "abc" to "abc" + this is the range of words beginning with "abc" in byte order. */
	private static final String TOP = new String(Character.toChars(Character.MAX_CODE_POINT));

	private final DSLContext db;

	SearchWords(DSLContext db) {
		this.db = db;
	}

	public void replace(UUID tenant, String kind, UUID record, Collection<String> words) {
		remove(tenant, kind, record);
		if (!words.isEmpty()) {
			var insert = db.insertInto(SEARCH_WORD, SEARCH_WORD.TENANT_ID, SEARCH_WORD.WORD, SEARCH_WORD.KIND, SEARCH_WORD.RECORD_ID);
			for (var w : words) {
				insert = insert.values(tenant, w, kind, record);
			}
			insert.onConflictDoNothing().execute();
		}
	}

	/**
	 * Indexes records that have no words yet (new ones): {@code words} per record, all in one statement of two array
	 * parameters, as fast as COPY through a staging table and without a temporary table (which a prepared transaction,
	 * {@link WritesApart}, may not have touched).
	 */
	public void addAll(UUID tenant, String kind, Map<UUID, ? extends Collection<String>> words) {
		int n = words.values().stream().mapToInt(Collection::size).sum();
		if (n == 0) {
			return;
		}
		var texts = new String[n];
		var records = new UUID[n];
		int i = 0;
		for (var e : words.entrySet()) {
			for (var w : e.getValue()) {
				texts[i] = w;
				records[i++] = e.getKey();
			}
		}
		// new records, each with a set of distinct words: nothing to conflict with, so no speculative insertion; in the
		// order of the word key, whose pages are then each visited once a batch (at random: once a word)
		db.execute("insert into search_word (tenant_id, word, kind, record_id) select {0}, u.w, {1}, u.r "
				+ "from unnest(cast({2} as text[]), cast({3} as uuid[])) as u (w, r) order by u.w collate \"C\"",
				DSL.val(tenant), DSL.val(kind), DSL.val(texts), DSL.val(records));
	}

	/**
	 * Adds words to the dictionary in a transaction of its own that ends at once. In a long transaction (an import),
	 * the dictionary's common words ("as", "bygg") would stay uncommitted to its end, and everyone saving a record with
	 * one of them meanwhile would wait for it; so no transaction holds a dictionary word, and none waits for its own.
	 * A word of a save that rolls back stays in the dictionary, where it only finds no record.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void addToDictionaryApart(UUID tenant, Collection<String> dictionary) {
		// plain inserts: a temporary table (BulkInsert) would be made and dropped with each of these transactions
		var words = List.copyOf(dictionary);
		for (int from = 0; from < words.size(); from += DICTIONARY_CHUNK) {
			var insert = db.insertInto(SEARCH_TERM, SEARCH_TERM.TENANT_ID, SEARCH_TERM.WORD);
			for (var w : words.subList(from, Math.min(words.size(), from + DICTIONARY_CHUNK))) {
				insert = insert.values(tenant, w);
			}
			insert.onConflictDoNothing().execute();
		}
	}

	/** Those of {@code words} the dictionary does not have yet. */
	public List<String> notInDictionary(UUID tenant, Collection<String> words) {
		// one array parameter, however many words
		var known = db.select(SEARCH_TERM.WORD).from(SEARCH_TERM)
			.where(SEARCH_TERM.TENANT_ID.eq(tenant).and(SEARCH_TERM.WORD.eq(DSL.any(words.toArray(String[]::new)))))
			.fetchSet(SEARCH_TERM.WORD);
		return words.stream().filter(w -> !known.contains(w)).toList();
	}

	/** Words of one insert: 2 bind parameters each, well under PostgreSQL's 65 535. */
	private static final int DICTIONARY_CHUNK = 5_000;

	public void remove(UUID tenant, String kind, UUID record) {
		db.deleteFrom(SEARCH_WORD)
			.where(SEARCH_WORD.TENANT_ID.eq(tenant).and(SEARCH_WORD.RECORD_ID.eq(record)).and(SEARCH_WORD.KIND.eq(kind)))
			.execute();
	}

	/** A query word: matched by words beginning with {@code prefix}, or by one of {@code alternatives}. */
	public record Wanted(String prefix, List<String> alternatives) {

		Condition on(SearchWord table) {
			var begins = table.WORD.ge(prefix).and(table.WORD.lt(prefix + TOP));
			return alternatives.isEmpty() ? begins : begins.or(table.WORD.in(alternatives));
		}
	}

	/**
	 * Records with a word beginning with {@code prefix} (or equal to {@code exact} when given), in word order, that
	 * also have a word for each of {@code others}. Rows come straight off the btree, so a limit stops the scan early.
	 */
	public List<Record3<String, UUID, String>> records(UUID tenant, String prefix, boolean exact, Collection<String> kinds,
			List<Wanted> others, int limit) {
		var w = SEARCH_WORD.as("w");
		var rows = db.select(w.KIND, w.RECORD_ID, w.WORD)
			.from(w)
			.where(w.TENANT_ID.eq(tenant))
			.and(exact ? w.WORD.eq(prefix) : new Wanted(prefix, List.of()).on(w))
			.and(w.KIND.in(kinds));
		for (var other : others) {
			var x = SEARCH_WORD.as("x");
			rows = rows.andExists(DSL.selectOne().from(x)
				.where(x.TENANT_ID.eq(tenant).and(x.RECORD_ID.eq(w.RECORD_ID)).and(x.KIND.eq(w.KIND)).and(other.on(x))));
		}
		return rows.orderBy(w.WORD).limit(limit).fetch();
	}

	private static Condition startsWith(Field<String> word, String prefix) {
		return word.ge(prefix).and(word.lt(prefix + TOP));
	}

	/** Dictionary words containing {@code part} but not beginning with it, shortest first. */
	public List<String> containing(UUID tenant, String part, int limit) {
		return db.select(SEARCH_TERM.WORD).from(SEARCH_TERM)
			.where(SEARCH_TERM.TENANT_ID.eq(tenant))
			.and(SEARCH_TERM.WORD.like("%" + part + "%"))
			.and(DSL.not(startsWith(SEARCH_TERM.WORD, part)))
			.orderBy(DSL.length(SEARCH_TERM.WORD), SEARCH_TERM.WORD)
			.limit(limit)
			.fetch(SEARCH_TERM.WORD);
	}

	/**
	 * Dictionary words beginning with one of {@code prefixes} (at most {@code each} per prefix), most similar to
	 * {@code word} first: one btree range of the dictionary's key per prefix, all in one statement.
	 */
	public List<String> beginningWithAny(UUID tenant, String word, Collection<String> prefixes, int each, int limit) {
		if (prefixes.isEmpty()) {
			return List.of();
		}
		return db.fetch("""
				select w.word from unnest(cast({0} as text[])) as p (prefix)
				cross join lateral (
				  select t.word from search_term t where t.tenant_id = {1} and t.word >= p.prefix and t.word < p.prefix || {2}
				  order by t.word limit {3}) w
				group by w.word
				order by max(similarity(w.word, {4})) desc, w.word
				limit {5}""", DSL.val(prefixes.toArray(String[]::new)), DSL.val(tenant), DSL.val(TOP), DSL.inline(each),
				DSL.val(word), DSL.inline(limit))
			.getValues(0, String.class);
	}

	/** Dictionary words similar to {@code word} (trigram similarity above pg_trgm's threshold), most similar first. */
	public List<String> similar(UUID tenant, String word, int limit) {
		var sim = DSL.field("similarity({0}, {1})", Double.class, SEARCH_TERM.WORD, DSL.val(word));
		return db.select(SEARCH_TERM.WORD).from(SEARCH_TERM)
			.where(SEARCH_TERM.TENANT_ID.eq(tenant))
			.and(DSL.condition("{0} % {1}", SEARCH_TERM.WORD, DSL.val(word)))
			.orderBy(sim.desc(), SEARCH_TERM.WORD)
			.limit(limit)
			.fetch(SEARCH_TERM.WORD);
	}
}
