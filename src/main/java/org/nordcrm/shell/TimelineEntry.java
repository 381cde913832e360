package org.nordcrm.shell;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's activity timeline.
 *
 * @param kind the source's kind ("note", "task", "appointment", "change")
 * @param at when it happened, or is due: the timeline is ordered by it
 * @param icon a Bootstrap icon name without its {@code bi-} prefix ("journal-text")
 * @param title one line in the user's language ("Task: Call about the offer (done)")
 * @param text more, shown under the title as plain text, or null
 * @param url where the entry opens, or null
 * @param who the user who wrote or owns it, or null
 */
public record TimelineEntry(String kind, Instant at, String icon, String title, @Nullable String text,
		@Nullable String url, @Nullable String who) {
}
