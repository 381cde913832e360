package org.nordcrm.merging;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a merge changed on the survivor, so it can be undone: each changed column's value before and after (as
 * text), and what was added or moved to it by name ("categories": the category ids added).
 */
public record MergeChanges(Map<String, @Nullable String> before, Map<String, @Nullable String> after,
		Map<String, List<String>> added) {

	public List<String> added(String name) {
		return added.getOrDefault(name, List.of());
	}
}
