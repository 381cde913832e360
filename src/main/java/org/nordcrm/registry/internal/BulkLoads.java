package org.nordcrm.registry.internal;

import static org.nordcrm.jooq.Tables.REGISTRY_BULK_LOAD;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.RegistryBulkLoadRecord;
import org.nordcrm.registry.BulkReport;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The log of bulk loads (table registry_bulk_load): each with its progress while it runs and its report after. */
@Repository
public class BulkLoads {

	/**
	 * One bulk load as the page shows it.
	 *
	 * @param error the refusal's message key and its arguments, separated by '|', when it failed
	 */
	public record BulkLoad(UUID id, String file, String filters, boolean dryRun, String status, BulkReport report,
			@Nullable String error, OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt) {

		public boolean running() {
			return "RUNNING".equals(status);
		}

		public @Nullable String errorKey() {
			return error == null ? null : error.split("\\|", -1)[0];
		}

		public Object[] errorArgs() {
			if (error == null) {
				return new Object[0];
			}
			var parts = error.split("\\|", -1);
			return java.util.Arrays.copyOfRange(parts, 1, parts.length);
		}
	}

	private final DSLContext db;

	BulkLoads(DSLContext db) {
		this.db = db;
	}

	UUID start(String file, String filters, boolean dryRun) {
		var r = db.newRecord(REGISTRY_BULK_LOAD);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setFile(file.length() > 300 ? file.substring(0, 300) : file);
		r.setFilters(filters.length() > 2000 ? filters.substring(0, 2000) : filters);
		r.setDryRun(dryRun);
		r.setStatus("RUNNING");
		r.setStartedBy(TenantContext.actor());
		r.store();
		return r.getId();
	}

	void progress(UUID id, long read) {
		db.update(REGISTRY_BULK_LOAD).set(REGISTRY_BULK_LOAD.UNITS_READ, read).where(REGISTRY_BULK_LOAD.ID.eq(id)).execute();
	}

	void finish(UUID id, BulkReport report) {
		db.update(REGISTRY_BULK_LOAD).set(REGISTRY_BULK_LOAD.STATUS, "DONE")
			.set(REGISTRY_BULK_LOAD.UNITS_READ, report.read()).set(REGISTRY_BULK_LOAD.MATCHED, report.matched())
			.set(REGISTRY_BULK_LOAD.CREATED, report.created()).set(REGISTRY_BULK_LOAD.EXISTING, report.existing())
			.set(REGISTRY_BULK_LOAD.INACTIVE, report.inactive()).set(REGISTRY_BULK_LOAD.FINISHED_AT, OffsetDateTime.now())
			.where(REGISTRY_BULK_LOAD.ID.eq(id)).execute();
	}

	void fail(UUID id, String error) {
		db.update(REGISTRY_BULK_LOAD).set(REGISTRY_BULK_LOAD.STATUS, "FAILED")
			.set(REGISTRY_BULK_LOAD.ERROR, error.length() > 2000 ? error.substring(0, 2000) : error)
			.set(REGISTRY_BULK_LOAD.FINISHED_AT, OffsetDateTime.now()).where(REGISTRY_BULK_LOAD.ID.eq(id)).execute();
	}

	@Transactional(readOnly = true)
	public Optional<BulkLoad> find(UUID id) {
		return db.selectFrom(REGISTRY_BULK_LOAD).where(REGISTRY_BULK_LOAD.ID.eq(id)).fetchOptional(BulkLoads::load);
	}

	@Transactional(readOnly = true)
	public List<BulkLoad> recent(int limit) {
		return db.selectFrom(REGISTRY_BULK_LOAD).orderBy(REGISTRY_BULK_LOAD.STARTED_AT.desc()).limit(limit)
			.fetch(BulkLoads::load);
	}

	private static BulkLoad load(RegistryBulkLoadRecord r) {
		return new BulkLoad(r.getId(), r.getFile(), r.getFilters(), r.getDryRun(), r.getStatus(),
				new BulkReport(r.getUnitsRead(), r.getMatched(), r.getCreated(), r.getExisting(), r.getInactive(), r.getDryRun()),
				r.getError(), r.getStartedAt(), r.getFinishedAt());
	}
}
