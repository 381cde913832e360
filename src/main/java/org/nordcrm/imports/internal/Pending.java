package org.nordcrm.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * New rows of a batch, checked and counted, made together at the end of it ({@code make}: the register's batch
 * create). Until then each is remembered under a stand-in id; a later row of the batch that updates one has them made
 * first.
 */
final class Pending<T> {

	/** What making one row gave: the record's id and version, and what else it wrote (a link), if anything. */
	record Made(UUID id, int version, ImportJobs.@Nullable Written also) {
	}

	private final String kind;
	private final UnmappedNotes notes;
	private final Function<List<T>, List<Made>> make;
	private final List<Cells> cells = new ArrayList<>();
	private final List<List<String>> keys = new ArrayList<>();
	private final List<T> items = new ArrayList<>();
	private final List<UUID> standIns = new ArrayList<>();

	Pending(String kind, UnmappedNotes notes, Function<List<T>, List<Made>> make) {
		this.kind = kind;
		this.notes = notes;
		this.make = make;
	}

	void add(Cells row, List<String> rowKeys, T item, UUID standIn) {
		cells.add(row);
		keys.add(rowKeys);
		items.add(item);
		standIns.add(standIn);
	}

	boolean has(@Nullable UUID id) {
		return id != null && standIns.contains(id);
	}

	void create(RunState state) {
		if (items.isEmpty()) {
			return;
		}
		var made = make.apply(items);
		for (int i = 0; i < made.size(); i++) {
			var m = made.get(i);
			state.written.add(new ImportJobs.Written(kind, m.id(), "CREATED", null, m.version()));
			if (m.also() != null) {
				state.written.add(m.also());
			}
			notes.add(cells.get(i), state, kind, m.id());
			for (var k : keys.get(i)) {
				state.seen.replace(k, standIns.get(i), m.id());
			}
		}
		cells.clear();
		keys.clear();
		items.clear();
		standIns.clear();
	}
}
