package org.nordcrm.settings.internal;

import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * What all registers share: a named row per tenant that is created, renamed and deleted, with a name unique
 * in the register (case-insensitive, by a unique index) and no deleting while something refers to it.
 */
@Repository
public class RegisterRows {

	public static final int MAX_NAME = 100;

	private final DSLContext db;

	RegisterRows(DSLContext db) {
		this.db = db;
	}

	public DSLContext db() {
		return db;
	}

	/** Inserts a row (id null) or updates one; {@code fill} sets the register's own fields. */
	public <R extends UpdatableRecord<R>> R save(Table<R> table, TableField<R, UUID> idField, @Nullable UUID id,
			String kind, Consumer<R> fill) {
		R row;
		if (id == null) {
			row = db.newRecord(table);
			row.set(table.field("tenant_id", UUID.class), TenantContext.require().value());
			row.set(idField, Ids.next());
		}
		else {
			row = require(table, idField, id, kind);
		}
		fill.accept(row);
		try {
			row.store();
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("name", "register.error.nameTaken");
		}
		return row;
	}

	public <R extends UpdatableRecord<R>> R require(Table<R> table, TableField<R, UUID> idField, UUID id, String kind) {
		var row = db.fetchOne(table, idField.eq(id));
		if (row == null) {
			throw new RecordNotFound(kind, id);
		}
		return row;
	}

	public <R extends UpdatableRecord<R>> void delete(Table<R> table, TableField<R, UUID> idField, UUID id, String kind) {
		try {
			if (db.deleteFrom(table).where(idField.eq(id)).execute() == 0) {
				throw new RecordNotFound(kind, id);
			}
		}
		catch (DataIntegrityViolationException e) {
			throw InvalidInput.of(null, "register.error.inUse");
		}
	}

	/** The name as stored: trimmed, required, at most {@code max} characters. */
	public static String name(@Nullable String name, int max) {
		var n = name == null ? "" : name.strip();
		if (n.isEmpty()) {
			throw InvalidInput.of("name", "NotBlank");
		}
		if (n.length() > max) {
			throw InvalidInput.of("name", "validation.tooLong", max);
		}
		return n;
	}
}
