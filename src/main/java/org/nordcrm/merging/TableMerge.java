package org.nordcrm.merging;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;

/**
 * The row work of a merge and its undo on a register table with the usual columns (id, customer_number, version,
 * updated_at, deleted_at, merged_into_id): locking both rows, taking columns, hiding the other row and bringing
 * it back. The owning module adds what is its own (categories, phone numbers, the search index).
 */
public final class TableMerge<R extends UpdatableRecord<R>> {

	private final DSLContext db;
	private final Table<R> table;
	private final String kind;
	private final Field<UUID> id;
	private final Field<Long> number;
	private final Field<Integer> version;
	private final Field<OffsetDateTime> updatedAt;
	private final Field<OffsetDateTime> deletedAt;
	private final Field<UUID> mergedInto;

	public TableMerge(DSLContext db, Table<R> table, String kind) {
		this.db = db;
		this.table = table;
		this.kind = kind;
		this.id = field("id", UUID.class);
		this.number = field("customer_number", Long.class);
		this.version = field("version", Integer.class);
		this.updatedAt = field("updated_at", OffsetDateTime.class);
		this.deletedAt = field("deleted_at", OffsetDateTime.class);
		this.mergedInto = field("merged_into_id", UUID.class);
	}

	private <T> Field<T> field(String name, Class<T> type) {
		var f = table.field(name, type);
		if (f == null) {
			throw new IllegalArgumentException(table.getName() + " has no " + name);
		}
		return f;
	}

	/** A live row, locked until the transaction ends, at the version the user saw. */
	public R lockLive(UUID rowId, int seenVersion) {
		var r = db.selectFrom(table).where(id.eq(rowId).and(deletedAt.isNull())).forUpdate().fetchOptional()
			.orElseThrow(() -> new RecordNotFound(kind, rowId));
		if (r.get(version) != seenVersion) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return r;
	}

	/** Makes {@code survivor} take {@code other}'s value of these columns and stores it if anything changed. */
	public RowMerge take(R survivor, R other, Collection<? extends Field<?>> columns) {
		var merge = new RowMerge().take(survivor, other, columns);
		if (merge.changed()) {
			touch(survivor);
		}
		return merge;
	}

	/** Hides the other row everywhere, pointing at the survivor. */
	public void hide(R other, UUID survivor) {
		other.set(deletedAt, OffsetDateTime.now());
		other.set(mergedInto, survivor);
		touch(other);
	}

	/**
	 * Undoes the rows' part of a merge: the survivor's values back where it still holds the merged ones, the other
	 * row visible again. Refused when the survivor is gone (deleted or merged on) or the other row was erased, or
	 * its customer number has been given to another record since.
	 */
	public Set<String> undo(UUID survivorId, UUID otherId, MergeChanges changes) {
		var survivor = db.selectFrom(table).where(id.eq(survivorId)).forUpdate().fetchOptional()
			.orElseThrow(() -> InvalidInput.of(null, "merge.error.gone"));
		if (survivor.get(deletedAt) != null) {
			throw InvalidInput.of(null, survivor.get(mergedInto) != null ? "merge.error.mergedOn" : "merge.error.survivorDeleted");
		}
		var other = db.selectFrom(table).where(id.eq(otherId).and(mergedInto.eq(survivorId))).forUpdate().fetchOptional()
			.orElseThrow(() -> InvalidInput.of(null, "merge.error.gone"));
		var kept = RowMerge.revert(survivor, changes);
		if (survivor.touched()) {
			touch(survivor);
		}
		var taken = other.get(number);
		if (taken != null && db.fetchExists(table, number.eq(taken).and(deletedAt.isNull()))) {
			throw InvalidInput.of(null, "merge.error.numberTaken", String.valueOf(taken));
		}
		other.set(deletedAt, null);
		other.set(mergedInto, null);
		touch(other);
		return kept;
	}

	/** The record and every record merged into it, directly or through others: one real-world party. */
	public List<UUID> withMergedIn(UUID rowId) {
		var ids = new ArrayList<UUID>(List.of(rowId));
		for (int i = 0; i < ids.size(); i++) {
			ids.addAll(db.select(id).from(table).where(mergedInto.eq(ids.get(i))).fetch(id));
		}
		return ids;
	}

	private void touch(R r) {
		r.set(version, r.get(version) + 1);
		r.set(updatedAt, OffsetDateTime.now());
		r.store();
	}
}
