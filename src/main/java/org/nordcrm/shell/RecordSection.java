package org.nordcrm.shell;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A block on a record's card under its main facts (the latest notes, later the next tasks), contributed by the
 * module that owns what it shows. The card only places it; the block loads from that module's URL when the card
 * opens (htmx), so the record's own module knows nothing of it.
 */
public interface RecordSection {

	/** The kind of record the block is shown on ("company", "person"). */
	String recordKind();

	/** A short name, unique per kind of record: the block's element id is {@code section-<key>}. */
	String key();

	/** Blocks are shown by this number, lowest first. */
	int order();

	/** Where the block's content loads from, for one record. */
	String path(UUID record);

	/** A block whose content loads from {@code pathPattern} with the record's id in place of {@code %s}. */
	record Simple(String recordKind, String key, int order, String pathPattern) implements RecordSection {

		@Override
		public String path(UUID record) {
			return pathPattern.formatted(record);
		}
	}

	/** The blocks shown for a kind of record, in order. */
	static List<RecordSection> of(List<RecordSection> all, String recordKind) {
		return all.stream().filter(s -> s.recordKind().equals(recordKind)).sorted(Comparator.comparingInt(RecordSection::order)).toList();
	}
}
