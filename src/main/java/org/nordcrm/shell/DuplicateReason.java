package org.nordcrm.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Why two records look like one. The weight orders pairs: an organisation number is the surest sign, a shared
 * e-mail or phone next, a similar name last; they are declared in that order. The reason reads as message
 * {@code duplicates.reason.<NAME>}.
 */
public enum DuplicateReason {

	SAME_ORGANISATION_NUMBER(100), SAME_EMAIL(10), SAME_PHONE(10), SIMILAR_NAME_SAME_POSTCODE(1), SIMILAR_NAME_SAME_COMPANY(1);

	private final int weight;

	DuplicateReason(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return weight;
	}

	/** The reasons of {@code columns} whose flag (the i-th for the i-th reason, e.g. a query's columns) is true. */
	public static Set<DuplicateReason> holding(List<DuplicateReason> columns, IntFunction<@Nullable Boolean> flag) {
		var reasons = EnumSet.noneOf(DuplicateReason.class);
		for (int i = 0; i < columns.size(); i++) {
			if (Boolean.TRUE.equals(flag.apply(i))) {
				reasons.add(columns.get(i));
			}
		}
		return reasons;
	}

	public String messageKey() {
		return "duplicates.reason." + name();
	}
}
