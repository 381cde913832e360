package org.nordcrm.files.internal;

import static org.nordcrm.jooq.Tables.FILE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.files.FileId;
import org.nordcrm.files.FolderId;
import org.nordcrm.files.StoredFile;
import org.nordcrm.jooq.tables.records.FileRecord;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The file table: one row per file, its contents in the storage under {@code storage_key}. */
@Repository
public class Files {

	private static final Condition LIVE = FILE.DELETED_AT.isNull();

	private final DSLContext db;

	Files(DSLContext db) {
		this.db = db;
	}

	public void insert(StoredFile f, String storageKey) {
		db.insertInto(FILE).set(FILE.TENANT_ID, TenantContext.require().value()).set(FILE.ID, f.id().value())
			.set(FILE.RECORD_KIND, f.recordKind()).set(FILE.RECORD_ID, f.recordId())
			.set(FILE.FOLDER_ID, f.folderId() == null ? null : f.folderId().value()).set(FILE.NAME, f.name())
			.set(FILE.CONTENT_TYPE, f.contentType()).set(FILE.SIZE, f.size()).set(FILE.SHA256, f.sha256())
			.set(FILE.STORAGE_KEY, storageKey).set(FILE.SOURCE_KIND, f.sourceKind()).set(FILE.SOURCE_ID, f.sourceId())
			.set(FILE.CREATED_BY, f.createdBy()).execute();
	}

	/** A live file, or with {@code deleted} a deleted one. */
	public Optional<StoredFile> find(FileId id, boolean deleted) {
		return db.selectFrom(FILE).where(FILE.ID.eq(id.value()).and(deleted ? FILE.DELETED_AT.isNotNull() : LIVE))
			.fetchOptional(Files::map);
	}

	public Optional<String> storageKey(FileId id) {
		return db.select(FILE.STORAGE_KEY).from(FILE).where(FILE.ID.eq(id.value())).fetchOptional(FILE.STORAGE_KEY);
	}

	/** Live files of the records, optionally of one folder ({@code root}: outside any folder), in id order after a cursor. */
	public List<StoredFile> list(Collection<UUID> records, @Nullable FolderId folder, boolean root, @Nullable UUID after, int limit) {
		var where = LIVE.and(FILE.RECORD_ID.in(records));
		if (folder != null) {
			where = where.and(FILE.FOLDER_ID.eq(folder.value()));
		}
		else if (root) {
			where = where.and(FILE.FOLDER_ID.isNull());
		}
		if (after != null) {
			where = where.and(FILE.ID.gt(after));
		}
		return db.selectFrom(FILE).where(where).orderBy(FILE.ID).limit(limit).fetch(Files::map);
	}

	/** Live files of the whole tenant in id order after a cursor. */
	public List<StoredFile> all(@Nullable UUID after, int limit) {
		return db.selectFrom(FILE).where(after == null ? LIVE : LIVE.and(FILE.ID.gt(after))).orderBy(FILE.ID).limit(limit)
			.fetch(Files::map);
	}

	/** The newest live files of the records first. */
	public List<StoredFile> recent(Collection<UUID> records, int limit) {
		return db.selectFrom(FILE).where(LIVE.and(FILE.RECORD_ID.in(records))).orderBy(FILE.ID.desc()).limit(limit).fetch(Files::map);
	}

	public List<StoredFile> deleted(UUID record, int limit) {
		return db.selectFrom(FILE).where(FILE.RECORD_ID.eq(record).and(FILE.DELETED_AT.isNotNull()))
			.orderBy(FILE.DELETED_AT.desc()).limit(limit).fetch(Files::map);
	}

	public List<StoredFile> byIds(Collection<UUID> ids) {
		return db.selectFrom(FILE).where(LIVE.and(FILE.ID.in(ids))).fetch(Files::map);
	}

	/** The lower-case names of the live files in a place of a record's file area. */
	public Set<String> namesIn(UUID record, @Nullable FolderId folder) {
		return db.select(FILE.NAME).from(FILE).where(LIVE.and(FILE.RECORD_ID.eq(record))
			.and(folder == null ? FILE.FOLDER_ID.isNull() : FILE.FOLDER_ID.eq(folder.value())))
			.fetch(FILE.NAME).stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(java.util.HashSet::new));
	}

	/** Serialises name choices in one record's file area, so two uploads of the same name get different numbers. */
	public void lock(UUID record) {
		db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, DSL.val(record.toString()))).fetch();
	}

	public boolean place(FileId id, @Nullable FolderId folder, String name, @Nullable Integer version) {
		var where = FILE.ID.eq(id.value()).and(LIVE);
		if (version != null) {
			where = where.and(FILE.VERSION.eq(version));
		}
		return db.update(FILE).set(FILE.FOLDER_ID, folder == null ? null : folder.value()).set(FILE.NAME, name)
			.set(FILE.VERSION, FILE.VERSION.plus(1)).where(where).execute() == 1;
	}

	public boolean softDelete(FileId id) {
		return db.update(FILE).set(FILE.DELETED_AT, OffsetDateTime.now()).set(FILE.VERSION, FILE.VERSION.plus(1))
			.where(FILE.ID.eq(id.value()).and(LIVE)).execute() == 1;
	}

	public void restore(FileId id, String name) {
		db.update(FILE).setNull(FILE.DELETED_AT).set(FILE.NAME, name).set(FILE.VERSION, FILE.VERSION.plus(1))
			.where(FILE.ID.eq(id.value())).execute();
	}

	/** Bytes taken by all of the tenant's files, deleted ones too (their contents are kept until erased). */
	public long usage() {
		var sum = db.select(DSL.sum(FILE.SIZE)).from(FILE).fetchOne(0, Long.class);
		return sum == null ? 0 : sum;
	}

	/** Removes every file row of a record, deleted ones too; returns the ids and storage keys removed. */
	public List<org.jooq.Record2<UUID, String>> erase(UUID record) {
		return db.deleteFrom(FILE).where(FILE.RECORD_ID.eq(record)).returningResult(FILE.ID, FILE.STORAGE_KEY).fetch();
	}

	static StoredFile map(FileRecord r) {
		return new StoredFile(new FileId(r.getId()), r.getRecordKind(), r.getRecordId(),
				r.getFolderId() == null ? null : new FolderId(r.getFolderId()), r.getName(), r.getContentType(), r.getSize(),
				r.getSha256(), r.getSourceKind(), r.getSourceId(), r.getCreatedBy(), r.getCreatedAt(), r.getDeletedAt(),
				r.getVersion());
	}
}
