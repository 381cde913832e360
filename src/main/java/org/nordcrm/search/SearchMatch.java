package org.nordcrm.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A record the index found.
 *
 * @param rank lower is better: matches of a whole word or its beginning come before matches inside a word,
 *        which come before matches of a similar word (a typo)
 */
public record SearchMatch(String kind, UUID id, int rank) {

	/** Each matched record's rank, by id. */
	public static Map<UUID, Integer> ranks(List<SearchMatch> matches) {
		var ranks = new HashMap<UUID, Integer>();
		matches.forEach(m -> ranks.putIfAbsent(m.id(), m.rank()));
		return ranks;
	}
}
