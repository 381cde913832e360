package org.nordcrm.shared;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of an API list: the items, and the cursor to pass as {@code after} for the next page (null on the
 * last page). Cursors are record ids, which are time-ordered, so paging is stable while records are added.
 */
public record CursorPage<T>(List<T> items, @Nullable String next) {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 500;

	/** Makes a page from up to {@code limit + 1} rows fetched: the extra row only tells that more exist. */
	public static <T> CursorPage<T> of(List<T> rows, int limit, Function<T, String> cursor) {
		if (rows.size() <= limit) {
			return new CursorPage<>(rows, null);
		}
		var items = rows.subList(0, limit);
		return new CursorPage<>(List.copyOf(items), cursor.apply(items.getLast()));
	}

	/** A cursor that is a record id; a bad one is the caller's error. */
	public static @Nullable UUID uuid(@Nullable String after) {
		try {
			return after == null || after.isBlank() ? null : UUID.fromString(after);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("after", "validation.cursor");
		}
	}

	public static int limit(@Nullable Integer requested) {
		if (requested == null) {
			return DEFAULT_LIMIT;
		}
		if (requested < 1 || requested > MAX_LIMIT) {
			throw InvalidInput.of("limit", "validation.range", 1, MAX_LIMIT);
		}
		return requested;
	}
}
