package org.nordcrm.bench;

import java.util.ArrayList;
import java.util.List;

/** Every workload, in the order they run. */
final class Workloads {

	static final List<Workload> ALL = List.of(new ApiAuthWorkload(), new SearchWorkload(), new DuplicatesWorkload(),
			new ExportsWorkload(), new ImportWorkload(), new PersonImportWorkload());

	private Workloads() {
	}

	static List<Workload> select(List<String> only) {
		if (only.isEmpty()) {
			return ALL;
		}
		var selected = new ArrayList<Workload>();
		for (var name : only) {
			var w = ALL.stream().filter(x -> x.name().equals(name)).findFirst()
				.orElseThrow(() -> new Options.UsageException("unknown workload '" + name + "'; known: "
						+ String.join(", ", ALL.stream().map(Workload::name).toList())));
			if (!selected.contains(w)) {
				selected.add(w);
			}
		}
		return selected;
	}
}
