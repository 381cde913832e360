package org.nordcrm.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The distinct unordered pairs of record ids a duplicate scan finds, up to a limit, in the order the searches
 * were run (strongest kind of match first). Each search is asked for as many pairs as are still wanted; when
 * pairs found before left it short, it is asked again for more, so a limit is met whenever there are enough.
 */
public final class UnorderedPairs {

	/** A pair with its ids in a fixed order, so (a, b) and (b, a) are one. */
	public record Pair(UUID a, UUID b) {

		public static Pair of(UUID x, UUID y) {
			return x.toString().compareTo(y.toString()) <= 0 ? new Pair(x, y) : new Pair(y, x);
		}
	}

	/**
	 * Run first in a scan's transaction: grouping every record's values by hash needs more memory than the default
	 * 4 MB, or it spills to disk in batches (37 batches and 1.5 s more for 300 000 persons' channels).
	 */
	public static final String ROOM_TO_GROUP = "set local work_mem = '64MB'";

	/**
	 * The pairs within groups, smallest groups first (a value shared by two records says more than one shared by
	 * fifty), at most {@code limit} (a bind parameter at the end). {@code groups} is a query giving each group as
	 * {@code ids uuid[]} and its size {@code n}: grouping is one pass over the data, and only the pairs returned
	 * are ever formed.
	 */
	public static String pairsWithin(String groups) {
		return """
				select a, b from (%s order by n) g, unnest(g.ids) a, unnest(g.ids) b
				where a < b order by g.n limit ?""".formatted(groups);
	}

	private final int limit;
	private final LinkedHashSet<Pair> pairs = new LinkedHashSet<>();

	public UnorderedPairs(int limit) {
		this.limit = limit;
	}

	/** Adds what {@code search} finds; it returns at most the number of pairs it is asked for. */
	public UnorderedPairs add(IntFunction<List<Pair>> search) {
		int asked = limit - pairs.size();
		while (asked > 0 && pairs.size() < limit) {
			var found = search.apply(asked);
			for (var p : found) {
				if (pairs.size() < limit) {
					pairs.add(p);
				}
			}
			if (found.size() < asked) {
				break;
			}
			asked *= 2;
		}
		return this;
	}

	public List<Pair> pairs() {
		return new ArrayList<>(pairs);
	}

	/** The first ids of the pairs, in order: with {@link #seconds()}, the pairs as two arrays for a query. */
	public UUID[] firsts() {
		return pairs.stream().map(Pair::a).toArray(UUID[]::new);
	}

	public UUID[] seconds() {
		return pairs.stream().map(Pair::b).toArray(UUID[]::new);
	}

	/** Every id in the pairs, each once. */
	public List<UUID> ids() {
		var ids = new LinkedHashSet<UUID>();
		pairs.forEach(p -> {
			ids.add(p.a());
			ids.add(p.b());
		});
		return new ArrayList<>(ids);
	}
}
