package org.nordcrm.imports.internal;

import static org.nordcrm.jooq.Tables.IMPORT_FAILURE;
import static org.nordcrm.jooq.Tables.IMPORT_JOB;
import static org.nordcrm.jooq.Tables.IMPORT_MAPPING;
import static org.nordcrm.jooq.Tables.IMPORT_RECORD;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.database.BulkInsert;
import org.nordcrm.imports.DuplicatePolicy;
import org.nordcrm.imports.FailedRow;
import org.nordcrm.imports.RowProblem;
import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.ImportOptions;
import org.nordcrm.imports.ImportState;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.jooq.tables.records.ImportJobRecord;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import tables: jobs, what they wrote, their failed rows and the saved mappings. */
@Repository
public class ImportJobs {

	/** A row an import wrote: for undo. */
	public record Written(String kind, UUID id, String action, @Nullable String before, @Nullable Integer versionAfter) {
	}

	/** The counters of a run, written together. */
	public record Counters(int rowsDone, int created, int updated, int skipped, int failed) {
	}

	private static final TypeReference<List<@Nullable String>> STRINGS = new TypeReference<>() {
	};
	private static final TypeReference<List<RowProblem>> REASONS = new TypeReference<>() {
	};

	private final DSLContext db;
	private final JsonMapper json;

	ImportJobs(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	public ImportId insert(ImportTarget target, String fileName, long size, SourceFile.Layout layout, List<@Nullable String> mapping) {
		var r = db.newRecord(IMPORT_JOB);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setTarget(target.name());
		r.setFileName(fileName);
		r.setFileSize(size);
		r.setFormat(layout.format());
		r.setEncoding(layout.encoding());
		r.setDelimiter(layout.delimiter() == null ? null : String.valueOf(layout.delimiter()));
		r.setColumns(jsonb(layout.columns()));
		r.setMapping(jsonb(mapping));
		r.setTotalRows(layout.rows());
		r.setCreatedBy(TenantContext.actor());
		r.store();
		return new ImportId(r.getId());
	}

	public Optional<ImportJob> find(ImportId id) {
		return db.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id.value())).fetchOptional(this::job);
	}

	public Optional<UUID> createdBy(ImportId id) {
		return db.select(IMPORT_JOB.CREATED_BY).from(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id.value())).fetchOptional(r -> r.value1());
	}

	/** The job locked for a change of state. */
	public Optional<ImportJob> lock(ImportId id) {
		return db.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id.value())).forUpdate().fetchOptional(this::job);
	}

	public List<ImportJob> latest(int limit) {
		return db.selectFrom(IMPORT_JOB).orderBy(IMPORT_JOB.CREATED_AT.desc(), IMPORT_JOB.ID.desc()).limit(limit).fetch(this::job);
	}

	public Map<UUID, String> fileNames(Collection<UUID> ids) {
		return db.select(IMPORT_JOB.ID, IMPORT_JOB.FILE_NAME).from(IMPORT_JOB).where(IMPORT_JOB.ID.in(ids))
			.fetchMap(IMPORT_JOB.ID, IMPORT_JOB.FILE_NAME);
	}

	public void options(ImportId id, ImportOptions o) {
		db.update(IMPORT_JOB).set(IMPORT_JOB.MAPPING, jsonb(o.mapping())).set(IMPORT_JOB.DUPLICATE_POLICY, o.policy().name())
			.set(IMPORT_JOB.UNKNOWN_COLUMNS, o.noteUnknown() ? "NOTE" : "IGNORE").set(IMPORT_JOB.CREATE_MISSING, o.create())
			.where(IMPORT_JOB.ID.eq(id.value())).execute();
	}

	public void start(ImportId id) {
		db.update(IMPORT_JOB).set(IMPORT_JOB.STATE, ImportState.RUNNING.name()).set(IMPORT_JOB.CANCEL_REQUESTED, false)
			.set(IMPORT_JOB.STARTED_AT, OffsetDateTime.now()).set(IMPORT_JOB.HEARTBEAT_AT, OffsetDateTime.now())
			.set(IMPORT_JOB.FINISHED_AT, (OffsetDateTime) null).set(IMPORT_JOB.ERROR, (String) null)
			.set(IMPORT_JOB.ROWS_DONE, 0).set(IMPORT_JOB.CREATED_COUNT, 0).set(IMPORT_JOB.UPDATED_COUNT, 0)
			.set(IMPORT_JOB.SKIPPED_COUNT, 0).set(IMPORT_JOB.FAILED_COUNT, 0)
			.where(IMPORT_JOB.ID.eq(id.value())).execute();
	}

	/** Writes the counters and the heartbeat; true when the user asked to cancel. */
	public boolean progress(ImportId id, Counters c) {
		return db.update(IMPORT_JOB).set(IMPORT_JOB.ROWS_DONE, c.rowsDone()).set(IMPORT_JOB.CREATED_COUNT, c.created())
			.set(IMPORT_JOB.UPDATED_COUNT, c.updated()).set(IMPORT_JOB.SKIPPED_COUNT, c.skipped())
			.set(IMPORT_JOB.FAILED_COUNT, c.failed()).set(IMPORT_JOB.HEARTBEAT_AT, OffsetDateTime.now())
			.where(IMPORT_JOB.ID.eq(id.value())).returning(IMPORT_JOB.CANCEL_REQUESTED).fetchOptional(IMPORT_JOB.CANCEL_REQUESTED)
			.orElse(false);
	}

	public void finish(ImportId id, ImportState state, @Nullable Counters c, @Nullable String error) {
		var u = db.update(IMPORT_JOB).set(IMPORT_JOB.STATE, state.name()).set(IMPORT_JOB.FINISHED_AT, OffsetDateTime.now())
			.set(IMPORT_JOB.ERROR, error);
		if (c != null) {
			u = u.set(IMPORT_JOB.ROWS_DONE, c.rowsDone()).set(IMPORT_JOB.CREATED_COUNT, c.created())
				.set(IMPORT_JOB.UPDATED_COUNT, c.updated()).set(IMPORT_JOB.SKIPPED_COUNT, c.skipped())
				.set(IMPORT_JOB.FAILED_COUNT, c.failed());
		}
		else {
			u = u.set(IMPORT_JOB.ROWS_DONE, 0).set(IMPORT_JOB.CREATED_COUNT, 0).set(IMPORT_JOB.UPDATED_COUNT, 0)
				.set(IMPORT_JOB.SKIPPED_COUNT, 0).set(IMPORT_JOB.FAILED_COUNT, 0);
		}
		u.where(IMPORT_JOB.ID.eq(id.value())).execute();
	}

	public boolean requestCancel(ImportId id) {
		return db.update(IMPORT_JOB).set(IMPORT_JOB.CANCEL_REQUESTED, true)
			.where(IMPORT_JOB.ID.eq(id.value()).and(IMPORT_JOB.STATE.eq(ImportState.RUNNING.name()))).execute() == 1;
	}

	public void undone(ImportId id, int kept) {
		db.update(IMPORT_JOB).set(IMPORT_JOB.STATE, ImportState.UNDONE.name()).set(IMPORT_JOB.UNDONE_AT, OffsetDateTime.now())
			.set(IMPORT_JOB.UNDO_KEPT, kept).where(IMPORT_JOB.ID.eq(id.value())).execute();
	}

	public void delete(ImportId id) {
		db.deleteFrom(IMPORT_FAILURE).where(IMPORT_FAILURE.IMPORT_ID.eq(id.value())).execute();
		db.deleteFrom(IMPORT_RECORD).where(IMPORT_RECORD.IMPORT_ID.eq(id.value())).execute();
		db.deleteFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id.value())).execute();
	}

	// what a run wrote

	public void written(ImportId id, List<Written> rows) {
		if (rows.isEmpty()) {
			return;
		}
		var tenant = TenantContext.require().value();
		var fields = List.of(IMPORT_RECORD.TENANT_ID, IMPORT_RECORD.IMPORT_ID, IMPORT_RECORD.RECORD_KIND, IMPORT_RECORD.RECORD_ID,
				IMPORT_RECORD.ACTION, IMPORT_RECORD.BEFORE, IMPORT_RECORD.VERSION_AFTER);
		// records created now are new: a plain insert. A record written again (two rows for it) keeps its first
		// before and action, and its last version: one row per record a statement, then an upsert.
		var created = new ArrayList<@Nullable Object[]>();
		var again = new java.util.LinkedHashMap<String, @Nullable Object[]>();
		for (var w : rows) {
			var values = new @Nullable Object[] { tenant, id.value(), w.kind(), w.id(), w.action(), w.before(), w.versionAfter() };
			if (w.action().equals("CREATED")) {
				created.add(values);
			}
			else {
				again.merge(w.kind() + ":" + w.id(), values, (first, last) -> {
					first[6] = last[6];
					return first;
				});
			}
		}
		BulkInsert.into(db, IMPORT_RECORD, fields, created, "");
		BulkInsert.into(db, IMPORT_RECORD, fields, again.values(),
				"on conflict (tenant_id, import_id, record_kind, record_id) do update set version_after = excluded.version_after");
	}

	/** What the import wrote, in the order undo takes it: notes and links first, the records last. */
	public void forEachWritten(ImportId id, Consumer<Written> action) {
		db.selectFrom(IMPORT_RECORD).where(IMPORT_RECORD.IMPORT_ID.eq(id.value()))
			.orderBy(DSL.case_(IMPORT_RECORD.RECORD_KIND).when("note", 0).when("link", 1).else_(2), IMPORT_RECORD.RECORD_ID)
			.fetchSize(1000).fetchLazy()
			.forEach(r -> action.accept(new Written(r.getRecordKind(), r.getRecordId(), r.getAction(),
					r.getBefore() == null ? null : r.getBefore().data(), r.getVersionAfter())));
	}

	public void failed(ImportId id, List<FailedRow> failures) {
		if (failures.isEmpty()) {
			return;
		}
		var tenant = TenantContext.require().value();
		var insert = db.insertInto(IMPORT_FAILURE, IMPORT_FAILURE.TENANT_ID, IMPORT_FAILURE.IMPORT_ID, IMPORT_FAILURE.ROW_NUMBER,
				IMPORT_FAILURE.REASON, IMPORT_FAILURE.FIELDS);
		for (var f : failures) {
			insert = insert.values(tenant, id.value(), f.row(), json.writeValueAsString(f.problems()), jsonb(f.cells()));
		}
		insert.onConflictDoNothing().execute();
	}

	/** The failed rows in file order, from row {@code after} on, at most {@code limit}. */
	public List<FailedRow> failures(ImportId id, int after, int limit) {
		var result = new ArrayList<FailedRow>();
		db.selectFrom(IMPORT_FAILURE).where(IMPORT_FAILURE.IMPORT_ID.eq(id.value()).and(IMPORT_FAILURE.ROW_NUMBER.gt(after)))
			.orderBy(IMPORT_FAILURE.ROW_NUMBER).limit(limit)
			.forEach(r -> result.add(new FailedRow(r.getRowNumber(), json.readValue(r.getReason(), REASONS),
					json.readValue(r.getFields().data(), STRINGS))));
		return result;
	}

	// saved mappings

	public record SavedMapping(UUID id, String name, ImportTarget target, Map<String, String> mapping) {
	}

	public void saveMapping(String name, ImportTarget target, Map<String, String> mapping) {
		var value = jsonb(mapping);
		var existing = db.select(IMPORT_MAPPING.ID).from(IMPORT_MAPPING)
			.where(IMPORT_MAPPING.TARGET.eq(target.name()).and(DSL.lower(IMPORT_MAPPING.NAME).eq(name.toLowerCase(java.util.Locale.ROOT))))
			.fetchOptional(r -> r.value1());
		if (existing.isPresent()) {
			db.update(IMPORT_MAPPING).set(IMPORT_MAPPING.MAPPING, value).set(IMPORT_MAPPING.VERSION, IMPORT_MAPPING.VERSION.plus(1))
				.where(IMPORT_MAPPING.ID.eq(existing.get())).execute();
			return;
		}
		db.insertInto(IMPORT_MAPPING).set(IMPORT_MAPPING.TENANT_ID, TenantContext.require().value())
			.set(IMPORT_MAPPING.ID, Ids.next()).set(IMPORT_MAPPING.NAME, name).set(IMPORT_MAPPING.TARGET, target.name())
			.set(IMPORT_MAPPING.MAPPING, value).execute();
	}

	public List<SavedMapping> mappings(ImportTarget target) {
		return db.selectFrom(IMPORT_MAPPING).where(IMPORT_MAPPING.TARGET.eq(target.name())).orderBy(IMPORT_MAPPING.NAME)
			.fetch(r -> new SavedMapping(r.getId(), r.getName(), target,
					json.readValue(r.getMapping().data(), new TypeReference<Map<String, String>>() {
					})));
	}

	private JSON jsonb(Object value) {
		return JSON.valueOf(json.writeValueAsString(value));
	}

	private ImportJob job(ImportJobRecord r) {
		List<String> columns = json.readValue(r.getColumns().data(), new TypeReference<List<String>>() {
		});
		var mapping = json.readValue(r.getMapping().data(), STRINGS);
		var options = new ImportOptions(mapping, DuplicatePolicy.valueOf(r.getDuplicatePolicy()), "NOTE".equals(r.getUnknownColumns()),
				r.getCreateMissing(), null);
		return new ImportJob(new ImportId(r.getId()), ImportTarget.valueOf(r.getTarget()), r.getFileName(), r.getFileSize(),
				r.getFormat(), r.getEncoding(), r.getDelimiter(), columns, options, ImportState.valueOf(r.getState()),
				r.getCancelRequested(), r.getTotalRows() == null ? 0 : r.getTotalRows(), r.getRowsDone(), r.getCreatedCount(),
				r.getUpdatedCount(), r.getSkippedCount(), r.getFailedCount(), r.getError(), r.getCreatedAt(), r.getStartedAt(),
				r.getFinishedAt(), r.getUndoneAt(), r.getUndoKept());
	}

	public @Nullable OffsetDateTime heartbeat(ImportId id) {
		return db.select(IMPORT_JOB.HEARTBEAT_AT).from(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id.value())).fetchOne(r -> r.value1());
	}
}
