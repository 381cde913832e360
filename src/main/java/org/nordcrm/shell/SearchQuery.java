package org.nordcrm.shell;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the user searches for: text (may be empty: then the filters alone choose) and filters, each null when
 * not set. A provider returns nothing for a kind it does not have, or for a filter that does not apply to its
 * records (an industry filter leaves persons out).
 */
public record SearchQuery(String text, @Nullable String kind, @Nullable UUID category, @Nullable UUID industry,
		@Nullable UUID status, @Nullable UUID owner) {

	public boolean hasFilters() {
		return category != null || industry != null || status != null || owner != null;
	}

	/** Whether hits of {@code kind} are wanted. */
	public boolean wants(String kind) {
		return this.kind == null || this.kind.equals(kind);
	}
}
