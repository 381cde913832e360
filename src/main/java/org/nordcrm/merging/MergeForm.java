package org.nordcrm.merging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.InvalidInput;

/**
 * The fields a kind of record offers in a merge: each a key, a label, how to show a record's value, and the
 * columns it stands for (an address is four).
 */
public final class MergeForm<T> {

	private record Entry<T>(String labelKey, Function<T, @Nullable Object> show, List<Field<?>> columns) {
	}

	private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

	public MergeForm<T> field(String key, String labelKey, Function<T, @Nullable Object> show, Field<?>... columns) {
		entries.put(key, new Entry<>(labelKey, show, List.of(columns)));
		return this;
	}

	public List<MergeField> compare(T a, T b) {
		var fields = new ArrayList<MergeField>();
		entries.forEach((key, e) -> fields.add(new MergeField(key, e.labelKey(), text(e.show().apply(a)), text(e.show().apply(b)))));
		return fields;
	}

	/** The columns of the fields to take; an unknown field is refused. */
	public List<Field<?>> columns(Set<String> take) {
		var columns = new ArrayList<Field<?>>();
		for (var key : take) {
			var e = entries.get(key);
			if (e == null) {
				throw InvalidInput.of("take", "merge.error.field", key);
			}
			columns.addAll(e.columns());
		}
		return columns;
	}

	/** The keys of the fields these columns belong to. */
	public Set<String> keys(Set<String> columns) {
		var keys = new LinkedHashSet<String>();
		entries.forEach((key, e) -> {
			if (e.columns().stream().anyMatch(c -> columns.contains(c.getName()))) {
				keys.add(key);
			}
		});
		return keys;
	}

	/** The message key of a field's label; the key itself for a field not on the form. */
	public String labelKey(String key) {
		var e = entries.get(key);
		return e == null ? key : e.labelKey();
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
