package org.nordcrm.shell;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param kind the kind of record ("company", "person", "private", "user"); its label is message {@code search.kind.<kind>}
 * @param title what the record is called
 * @param detail a second line that tells records of the same name apart
 * @param url where the record opens, or null where the user may not open it
 * @param rank lower is better; hits of all providers are shown by rank
 */
public record SearchHit(String kind, UUID id, String title, @Nullable String detail, @Nullable String url, int rank) {

	public String kindKey() {
		return "search.kind." + kind;
	}
}
