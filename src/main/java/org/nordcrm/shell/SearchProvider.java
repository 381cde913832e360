package org.nordcrm.shell;

import java.util.List;

/** Each module that has records people look for adds its hits to the global search by providing one of these. */
public interface SearchProvider {

	List<SearchHit> search(String query, int limit);
}
