package org.nordcrm.search;

import java.util.UUID;

/**
 * A record the index found.
 *
 * @param rank lower is better: matches of a whole word or its beginning come before matches inside a word,
 *        which come before matches of a similar word (a typo)
 */
public record SearchMatch(String kind, UUID id, int rank) {
}
