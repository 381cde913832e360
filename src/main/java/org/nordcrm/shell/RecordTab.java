package org.nordcrm.shell;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tab on a record's card, contributed by the module that owns what the tab shows (a company's contacts, later
 * its activities, history, files). The card only lists the tabs; each loads from its module's own URL (htmx).
 */
public interface RecordTab {

	/** The kind of record the tab is shown on ("company", "person"). */
	String recordKind();

	/** Short name in the card's URL: {@code /companies/{id}?tab=<key>}. */
	String key();

	String labelKey();

	/** Tabs are shown by this number, lowest first. */
	int order();

	/** Where the tab's content loads from, for one record. */
	String path(UUID record);

	/** Whether the card shows the tab now: a tab may depend on a setting of the tenant. */
	default boolean shown() {
		return true;
	}

	/** A tab whose content loads from {@code pathPattern} with the record's id in place of {@code %s}. */
	record Simple(String recordKind, String key, String labelKey, int order, String pathPattern) implements RecordTab {

		@Override
		public String path(UUID record) {
			return pathPattern.formatted(record);
		}
	}

	/** The tab with the given key, else the first; null when there are no tabs. */
	static @Nullable RecordTab selected(List<RecordTab> tabs, @Nullable String key) {
		return tabs.stream().filter(t -> t.key().equals(key)).findFirst().orElse(tabs.isEmpty() ? null : tabs.getFirst());
	}

	/** The tabs shown for a kind of record, in order. */
	static List<RecordTab> of(List<RecordTab> all, String recordKind) {
		return all.stream().filter(t -> t.recordKind().equals(recordKind) && t.shown())
			.sorted(Comparator.comparingInt(RecordTab::order)).toList();
	}
}
