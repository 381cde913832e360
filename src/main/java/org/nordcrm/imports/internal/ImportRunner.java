package org.nordcrm.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.ImportProperties;
import org.nordcrm.imports.ImportState;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Reads a file through the mapping a batch of rows at a time, for a preview (in a transaction that is rolled back)
 * or a run. A run writes every row, what it wrote (for undo), its failed rows and the job's final state in ONE
 * transaction: a cancel, an error, a killed database session or a node going down leaves nothing of it. Its
 * progress (rows done, counters, heartbeat) goes to the job row in short transactions of their own every half
 * second, which is also when it sees a cancel.
 */
@Component
public class ImportRunner {

	static final int BATCH = 2000;
	private static final long PROGRESS_MS = 500;
	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;
	private final CompanyRows companies;
	private final PersonRows persons;
	private final Registers registers;
	private final DSLContext db;
	private final ImportProperties properties;
	private final SearchIndex index;
	private final NumberSeriesManagement series;
	private final TransactionTemplate tx;
	private final TransactionTemplate separate;
	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
	private final Map<UUID, Thread> running = new ConcurrentHashMap<>();

	ImportRunner(ImportJobs jobs, CompanyRows companies, PersonRows persons, Registers registers, DSLContext db,
			ImportProperties properties, SearchIndex index, NumberSeriesManagement series, PlatformTransactionManager transactions) {
		this.index = index;
		this.series = series;
		this.jobs = jobs;
		this.companies = companies;
		this.persons = persons;
		this.registers = registers;
		this.db = db;
		this.properties = properties;
		this.tx = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Thrown out of a run when the user cancels it: its transaction rolls back. */
	static final class Cancelled extends RuntimeException {

		Cancelled() {
			super("cancelled", null, false, false);
		}
	}

	/** What the file would do, nothing written: checks up to the configured number of rows. */
	public RunState preview(ImportJob job, Path file) {
		var state = new RunState(job, false, registers);
		separate.executeWithoutResult(status -> {
			status.setRollbackOnly();
			pass(job, file, state, properties.previewRows(), () -> {
			});
		});
		return state;
	}

	/** Whether this node is running the import now. */
	public boolean runningHere(UUID id) {
		return running.containsKey(id);
	}

	/**
	 * Waits (at most a few seconds) for this node's run of the import to end. Its end is committed a moment before its
	 * search words (they follow by two-phase commit, {@code SearchIndex.writeApart}): who sees the end and then searches
	 * finds them.
	 */
	public void awaitEnd(UUID id) {
		var thread = running.get(id);
		if (thread != null && thread != Thread.currentThread()) {
			try {
				thread.join(java.time.Duration.ofSeconds(10));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Starts the run on a worker thread, as {@code actor} of the current tenant through the import channel. */
	public void start(ImportJob job, Path file) {
		var tenant = TenantContext.require();
		var actor = TenantContext.actor();
		var id = job.id().value();
		TenantContext.call(tenant, () -> separate.execute(s -> {
			jobs.start(job.id());
			return null;
		}));
		running.put(id, Thread.currentThread()); // taken by the worker at once; marks the job as running here meanwhile
		workers.submit(() -> {
			running.put(id, Thread.currentThread());
			try {
				TenantContext.callAs(tenant, actor, TenantContext.IMPORT, () -> {
					run(job, file);
					return null;
				});
			}
			finally {
				running.remove(id);
			}
		});
	}

	private void run(ImportJob job, Path file) {
		var state = new RunState(job, true, registers);
		try {
			tx.executeWithoutResult(status -> {
				db.select(DSL.field("set_config('app.import_id', {0}, true)", String.class, job.id().toString()),
						DSL.field("set_config('application_name', {0}, true)", String.class, "nordcrm-import-" + job.id()))
					.fetch();
				// the search words of the rows go in beside them, on a second connection that commits with this one
				index.writeApart();
				// and no number series stays held by this transaction to its end
				series.takeApart();
				var progress = new Progress(job, state);
				pass(job, file, state, Integer.MAX_VALUE, progress::tick);
				jobs.finish(job.id(), ImportState.DONE, state.counters(), null);
			});
			analyzeCommitted(job);
			deleteQuietly(file);
		}
		catch (Cancelled e) {
			end(job, ImportState.CANCELLED, null);
			deleteQuietly(file);
		}
		catch (InvalidInput e) {
			var first = e.errors().getFirst();
			var args = new ArrayList<String>();
			args.add(first.messageKey());
			for (var a : first.args()) {
				args.add(String.valueOf(a));
			}
			end(job, ImportState.FAILED, String.join("|", args));
		}
		catch (RuntimeException e) {
			log.warn("import {} failed after {} rows; nothing of it was written", job.id(), state.rows, e);
			end(job, ImportState.FAILED, Thread.currentThread().isInterrupted() ? "import.failed.interrupted" : "import.failed.error");
		}
	}

	private void end(ImportJob job, ImportState state, @org.jspecify.annotations.Nullable String error) {
		try {
			separate.executeWithoutResult(s -> jobs.finish(job.id(), state, null, error));
		}
		catch (RuntimeException e) {
			log.warn("import {}: its end could not be recorded; the next look at it will", job.id(), e);
		}
	}

	private void pass(ImportJob job, Path file, RunState state, int limit, Runnable afterBatch) {
		TargetRows target = job.target().companies() ? companies : persons;
		var layout = new SourceFile.Layout(job.format(), job.encoding(),
				job.delimiter() == null || job.delimiter().isEmpty() ? null : job.delimiter().charAt(0), job.columns(), job.totalRows());
		try (var rows = SourceFile.rows(file, layout)) {
			var batch = new ArrayList<Cells>(BATCH);
			int read = 0;
			while (read < limit && rows.hasNext()) {
				batch.add(Cells.read(rows.next(), job.columns(), job.options().mapping(), properties.maxCell()));
				read++;
				if (batch.size() == BATCH) {
					flush(job, target, batch, state);
					afterBatch.run();
				}
			}
			flush(job, target, batch, state);
		}
	}

	private void flush(ImportJob job, TargetRows target, List<Cells> batch, RunState state) {
		if (batch.isEmpty()) {
			return;
		}
		target.process(batch, state);
		boolean first = state.rows == 0;
		state.rows += batch.size();
		batch.clear();
		if (state.write) {
			if (first) {
				analyze(table(job));
			}
			jobs.written(job.id(), state.written);
			jobs.failed(job.id(), state.failures);
			state.written.clear();
			state.failures.clear();
			// later batches find the records written so far in the database; no need to keep their keys
			state.seen.clear();
		}
	}

	/**
	 * Brings the statistics of {@code tables} up to date: the table the run writes after its first batch (in the run's
	 * transaction, counting that batch's rows), and once the run has committed, that table and the search words again.
	 * <p>
	 * A connection plans the foreign-key checks of child rows (phones, e-mails, categories, links) once; planned while
	 * the table was (nearly) empty, such a check reads the whole table, so each batch's checks take longer than the
	 * last: quadratic (the e-mail rows of three batches of 2 000 new persons: 0.2, 0.5, 0.7 s; 10 ms each after this).
	 * The statistics change makes the connection plan them again. After a large import, until the database's own
	 * analysis (autovacuum, a minute or more later), a search planned on the old statistics looked up a match's other
	 * words by reading all the tenant's words for each match: minutes instead of milliseconds.
	 * <p>
	 * The run's transaction keeps the table locked against another ANALYZE to its end, so another import into the same
	 * table skips it (SKIP_LOCKED) rather than waiting.
	 */
	private void analyze(String tables) {
		db.execute("analyze (skip_locked) " + tables);
	}

	/** After the commit: a failure here must not mark the import, whose rows are in, as failed. */
	private void analyzeCommitted(ImportJob job) {
		try {
			analyze(table(job) + ", search_word");
		}
		catch (RuntimeException e) {
			log.warn("import {} is in; its tables' statistics could not be brought up to date", job.id(), e);
		}
	}

	private static String table(ImportJob job) {
		return job.target().companies() ? "company" : "person";
	}

	/** Writes progress now and then, in a transaction of its own, and stops the run when it was cancelled. */
	private final class Progress {

		private final ImportJob job;
		private final RunState state;
		private long last = System.currentTimeMillis();

		Progress(ImportJob job, RunState state) {
			this.job = job;
			this.state = state;
		}

		void tick() {
			if (Thread.currentThread().isInterrupted()) {
				throw new IllegalStateException("import worker interrupted");
			}
			long now = System.currentTimeMillis();
			if (now - last < PROGRESS_MS) {
				return;
			}
			last = now;
			Boolean cancel = separate.execute(s -> jobs.progress(job.id(), state.counters()));
			if (Boolean.TRUE.equals(cancel)) {
				throw new Cancelled();
			}
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (java.io.IOException e) {
			log.warn("could not delete {}", file, e);
		}
	}

	/** Stops the running imports: their transactions roll back, and each is recorded as interrupted. */
	@PreDestroy
	void stop() {
		running.values().forEach(Thread::interrupt);
		workers.shutdownNow();
	}
}
