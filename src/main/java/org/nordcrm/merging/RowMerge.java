package org.nordcrm.merging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Column by column taking of one row's values into another, and putting them back, for {@link Mergeable}s. */
public final class RowMerge {

	private final Map<String, @Nullable String> before = new LinkedHashMap<>();
	private final Map<String, @Nullable String> after = new LinkedHashMap<>();

	/** Sets each field of {@code survivor} to the value {@code other} has, noting the values that change. */
	public RowMerge take(Record survivor, Record other, Collection<? extends Field<?>> fields) {
		for (var f : fields) {
			copy(survivor, other, f);
		}
		return this;
	}

	private <T> void copy(Record survivor, Record other, Field<T> f) {
		var old = survivor.get(f);
		var value = other.get(f);
		if (!Objects.equals(old, value)) {
			before.put(f.getName(), text(old));
			after.put(f.getName(), text(value));
			survivor.set(f, value);
		}
	}

	public boolean changed() {
		return !after.isEmpty();
	}

	public MergeChanges changes(Map<String, List<String>> added) {
		return new MergeChanges(before, after, added);
	}

	/**
	 * Puts back the values a merge changed on {@code survivor}, except where the survivor has been changed since
	 * (it no longer holds the merged value): those columns are returned and left as they are.
	 */
	public static Set<String> revert(Record survivor, MergeChanges changes) {
		var kept = new HashSet<String>();
		changes.after().forEach((column, merged) -> {
			var f = survivor.field(column);
			if (f == null) {
				return;
			}
			if (Objects.equals(text(survivor.get(f)), merged)) {
				set(survivor, f, changes.before().get(column));
			}
			else {
				kept.add(column);
			}
		});
		return kept;
	}

	private static <T> void set(Record r, Field<T> f, @Nullable String text) {
		r.set(f, text == null ? null : f.getType().cast(parse(text, f.getType())));
	}

	/** The value of a column type register tables use, from its text. */
	private static Object parse(String text, Class<?> type) {
		if (type == String.class) {
			return text;
		}
		if (type == UUID.class) {
			return UUID.fromString(text);
		}
		if (type == Integer.class) {
			return Integer.valueOf(text);
		}
		if (type == Long.class) {
			return Long.valueOf(text);
		}
		if (type == Boolean.class) {
			return Boolean.valueOf(text);
		}
		if (type == BigDecimal.class) {
			return new BigDecimal(text);
		}
		if (type == LocalDate.class) {
			return LocalDate.parse(text);
		}
		throw new IllegalArgumentException("no merge of columns of " + type);
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
