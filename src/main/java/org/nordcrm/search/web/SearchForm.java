package org.nordcrm.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;

/** The search page's and the search API's parameters; ids that are not ids are ignored, as is an unknown kind. */
record SearchForm(@Nullable String q, @Nullable String kind, @Nullable String category, @Nullable String industry,
		@Nullable String status, @Nullable String owner) {

	SearchQuery query() {
		var text = q == null ? "" : q.strip();
		if (text.length() > SearchIndex.MAX_QUERY) {
			text = text.substring(0, SearchIndex.MAX_QUERY);
		}
		return new SearchQuery(text, kind == null || kind.isBlank() ? null : kind, uuid(category), uuid(industry),
				uuid(status), uuid(owner));
	}

	/** Every provider's hits, merged by rank. */
	static List<SearchHit> search(List<SearchProvider> providers, SearchQuery query, int limit) {
		var hits = new ArrayList<SearchHit>();
		for (var p : providers) {
			hits.addAll(p.search(query, limit));
		}
		hits.sort(Comparator.comparingInt(SearchHit::rank));
		return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
	}

	private static @Nullable UUID uuid(@Nullable String s) {
		try {
			return s == null || s.isBlank() ? null : UUID.fromString(s);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
