package org.nordcrm.shell;

import java.util.List;

/**
 * Each register module that keeps records people enter twice provides one of these: it looks through all its
 * live records (deleted ones never count) for likely pairs. The duplicates page and API list what they find.
 */
public interface DuplicateScan {

	/** The kind of record scanned: "company", "person". */
	String kind();

	/** At most {@code limit} pairs, each unordered pair once with all its reasons, strongest first. */
	List<LikelyPair> scan(int limit);
}
