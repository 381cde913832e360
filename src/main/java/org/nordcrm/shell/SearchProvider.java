package org.nordcrm.shell;

import java.util.List;

/** Each module that has records people look for adds its hits to the global search by providing one of these. */
public interface SearchProvider {

	/** The kinds of record this provider finds ("company"); the search page offers them as a filter. */
	List<String> kinds();

	/** Hits for the query, best first, at most {@code limit}; ranks tell how good each is against other providers'. */
	List<SearchHit> search(SearchQuery query, int limit);
}
