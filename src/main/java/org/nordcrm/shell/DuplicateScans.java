package org.nordcrm.shell;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Checks;
import org.springframework.stereotype.Service;

/** The duplicate scans of all modules, by kind, with the caller's kind and limit checked. */
@Service
public class DuplicateScans {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 500;

	private final List<DuplicateScan> scans;

	DuplicateScans(List<DuplicateScan> scans) {
		this.scans = scans;
	}

	/** The kinds that can be scanned, in a fixed order. */
	public List<String> kinds() {
		return scans.stream().map(DuplicateScan::kind).sorted().toList();
	}

	/**
	 * The likely pairs of one kind. {@code kind} and {@code limit} are as the caller wrote them (limit empty: the
	 * default); anything else than a known kind and a whole number from 1 to {@value #MAX_LIMIT} is a field error.
	 */
	public List<LikelyPair> scan(@Nullable String kind, @Nullable String limit) {
		var checks = new Checks();
		var scan = scans.stream().filter(s -> s.kind().equals(kind)).findFirst();
		if (scan.isEmpty()) {
			checks.error("kind", "duplicates.error.kind", String.join(", ", kinds()));
		}
		int n = DEFAULT_LIMIT;
		if (limit != null && !limit.isBlank()) {
			try {
				n = Integer.parseInt(limit.strip());
			}
			catch (NumberFormatException e) {
				n = 0;
			}
			checks.range("limit", n, 1, MAX_LIMIT);
		}
		checks.done();
		return scan.orElseThrow().scan(n);
	}
}
