package org.nordcrm.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Two records of one kind that are probably the same customer, and why.
 *
 * @param kind "company" or "person", as in the merge page's URL
 */
public record LikelyPair(String kind, Side a, Side b, Set<DuplicateReason> reasons) {

	/**
	 * One of the two records.
	 *
	 * @param detail what tells it apart: customer number, postcode and town, or where the person works
	 * @param url its card
	 */
	public record Side(UUID id, String name, @Nullable String detail, String url) {
	}

	/** Strongest first (the sum of the reasons' weights), then by the first record's name. */
	public static final Comparator<LikelyPair> STRONGEST_FIRST = Comparator.comparingInt(LikelyPair::strength).reversed()
		.thenComparing(p -> p.a().name(), String.CASE_INSENSITIVE_ORDER)
		.thenComparing(p -> p.b().name(), String.CASE_INSENSITIVE_ORDER);

	public LikelyPair {
		reasons = Set.copyOf(reasons);
	}

	/** The reasons, strongest first. */
	public List<DuplicateReason> reasonsInOrder() {
		return reasons.stream().sorted().toList();
	}

	public int strength() {
		return reasons.stream().mapToInt(DuplicateReason::weight).sum();
	}

	/** The page that compares the two and merges them (module merging). */
	public String mergeUrl() {
		return "/merge/%s?a=%s&b=%s".formatted(kind, a.id(), b.id());
	}
}
