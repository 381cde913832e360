package org.nordcrm.merging;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.nordcrm.merging.internal.Merges;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of a kind into one and undoes merges. The kind's own module does the record's fields
 * ({@link Mergeable}); every module with something attached moves its part ({@link MergeParticipant}).
 */
@Service
@Transactional
public class MergeManagement {

	public static final String KIND = "merge";

	private final List<Mergeable> kinds;
	private final List<MergeParticipant> participants;
	private final Merges merges;

	MergeManagement(List<Mergeable> kinds, List<MergeParticipant> participants, Merges merges) {
		this.kinds = kinds;
		this.participants = participants;
		this.merges = merges;
	}

	public boolean merges(String kind) {
		return kinds.stream().anyMatch(k -> k.kind().equals(kind));
	}

	public String labelKey(String kind, String field) {
		return mergeable(kind).labelKey(field);
	}

	@Transactional(readOnly = true)
	public Comparison.Side side(String kind, UUID id) {
		return mergeable(kind).side(id);
	}

	@Transactional(readOnly = true)
	public Comparison compare(String kind, UUID a, UUID b) {
		notSelf(a, b);
		return mergeable(kind).compare(a, b);
	}

	/**
	 * Merges {@code other} into {@code survivor}: the survivor takes the fields named in {@code take} from the
	 * other record, and everything attached to the other record moves to it.
	 */
	public Merge merge(String kind, UUID survivor, int survivorVersion, UUID other, int otherVersion, Set<String> take) {
		notSelf(survivor, other);
		var changes = mergeable(kind).merge(survivor, survivorVersion, other, otherVersion, take);
		var moved = new LinkedHashMap<String, List<String>>();
		for (var p : participants) {
			if (p.handles(kind)) {
				moved.put(p.name(), p.move(kind, other, survivor));
			}
		}
		return merges.insert(kind, survivor, other, new Merges.Undo(changes, moved));
	}

	/**
	 * Undoes a merge: both records as they were, what was moved back where it was. Fields of the survivor changed
	 * after the merge keep their newer values; their keys are returned.
	 */
	public Set<String> undo(UUID id) {
		var row = merges.lock(id).orElseThrow(() -> new RecordNotFound(KIND, id));
		var merge = merges.merge(row);
		if (merge.undoneAt() != null) {
			throw InvalidInput.of(null, "merge.error.undone");
		}
		if (OffsetDateTime.now().isAfter(merge.undoableUntil())) {
			throw InvalidInput.of(null, "merge.error.tooOld");
		}
		var undo = merges.undo(row);
		var kept = mergeable(merge.kind()).undo(merge.survivor(), merge.other(), undo.changes());
		for (var p : participants) {
			var moved = undo.moved().get(p.name());
			if (moved != null) {
				p.moveBack(merge.kind(), merge.other(), merge.survivor(), moved);
			}
		}
		merges.markUndone(row);
		return kept;
	}

	/** The merge of {@code other} into {@code survivor} that can still be undone. */
	@Transactional(readOnly = true)
	public Merge active(UUID survivor, UUID other) {
		return merges.active(survivor, other).orElseThrow(() -> InvalidInput.of(null, "merge.error.undone"));
	}

	@Transactional(readOnly = true)
	public Merge get(UUID id) {
		return merges.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The merges a record took part in, as survivor or as the record merged away, newest first. */
	@Transactional(readOnly = true)
	public List<Merge> of(UUID record) {
		return merges.of(record, 100);
	}


	private Mergeable mergeable(String kind) {
		return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst()
			.orElseThrow(() -> InvalidInput.of("kind", "merge.error.kind"));
	}

	private static void notSelf(UUID a, UUID b) {
		if (a.equals(b)) {
			throw InvalidInput.of("other", "merge.error.self");
		}
	}
}
