package org.nordcrm.search.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.TransactionBound;
import org.nordcrm.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search index writes of one long transaction (an import), done meanwhile, in the order they come, by a thread of
 * their own in a second transaction on a second connection: the database then works on the records and on their
 * search words at once, on two cores, where one connection does one after the other.
 * <p>
 * The two transactions end as one, by two-phase commit. When the main transaction is about to commit, the second has
 * done all its writes (a failure among them fails the main one) and is prepared ({@code PREPARE TRANSACTION}, named
 * after the main transaction's id); once the main one has ended, the prepared one is committed or rolled back as it
 * ended. Should the process die in between, {@link #resolve} ends it the same way at the next start, asking the
 * database how its main transaction ended. Until then nothing of either is seen by anyone else.
 * <p>
 * The main transaction does not see its own search words meanwhile: nothing that searches may run in it.
 */
public final class WritesApart implements TransactionSynchronization {

	private static final Logger log = LoggerFactory.getLogger(WritesApart.class);
	private static final String PREFIX = "nordcrm-search-";
	/** Batches waiting for the second connection: the main one waits when it runs this far ahead. */
	private static final int WAITING = 4;
	private static final Consumer<SearchWords> END = w -> {
	};

	private final BlockingQueue<Consumer<SearchWords>> tasks = new ArrayBlockingQueue<>(WAITING);
	private final CompletableFuture<Void> drained = new CompletableFuture<>();
	private final Connection connection;
	private final SearchWords words;
	private final String name;
	private volatile boolean stopping;
	private boolean prepared;

	private WritesApart(Connection connection, DSLContext db, String name) {
		this.connection = connection;
		this.words = new SearchWords(db.configuration().derive(new DefaultConnectionProvider(connection)).dsl());
		this.name = name;
	}

	/** The writes apart of the current transaction, if it has them. */
	public static @Nullable WritesApart current() {
		return TransactionBound.get(WritesApart.class, WritesApart.class);
	}

	/**
	 * Sends the current transaction's index writes apart from now to its end, if it has none apart yet; {@code db} is
	 * the application's jOOQ context (bound to the current transaction), {@code dataSource} where the second
	 * connection comes from.
	 */
	public static void begin(DataSource dataSource, DSLContext db) {
		if (current() != null) {
			return;
		}
		var xid = db.fetchValue(DSL.field("pg_current_xact_id()::text", String.class));
		Connection connection;
		try {
			connection = dataSource.getConnection();
			connection.setAutoCommit(false);
			TenantContext.applyTo(connection);
		}
		catch (SQLException e) {
			throw new IllegalStateException("no second connection for the search index", e);
		}
		var apart = new WritesApart(connection, db, PREFIX + xid);
		var tenant = TenantContext.require();
		var actor = TenantContext.actor();
		var channel = TenantContext.channel();
		Thread.ofPlatform().daemon().name("search-writes-" + xid).start(() -> TenantContext.callAs(tenant, actor, channel, () -> {
			apart.work();
			return null;
		}));
		TransactionBound.bind(WritesApart.class, apart);
		TransactionSynchronizationManager.registerSynchronization(apart);
	}

	private void work() {
		try {
			while (true) {
				var task = tasks.take();
				if (task == END) {
					break;
				}
				if (!stopping) {
					task.accept(words);
				}
			}
			drained.complete(null);
		}
		catch (Throwable e) {
			drained.completeExceptionally(e);
		}
	}

	/** Queues a write; waits while {@value #WAITING} wait already. A failure of an earlier one fails this. */
	public void submit(Consumer<SearchWords> task) {
		try {
			while (!tasks.offer(task, 50, TimeUnit.MILLISECONDS)) {
				if (drained.isDone()) {
					finished();
					throw new IllegalStateException("the search index writes of this transaction have ended");
				}
			}
			if (drained.isCompletedExceptionally()) {
				finished();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing the search index", e);
		}
	}

	/** Waits for the writes queued so far, and rethrows their failure, if any. */
	private void finished() {
		try {
			drained.get();
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("search index writes failed", e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing the search index", e);
		}
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		submit(END);
		finished();
		execute("prepare transaction '" + name + "'");
		prepared = true;
	}

	@Override
	public void afterCompletion(int status) {
		try {
			if (prepared) {
				connection.setAutoCommit(true);
				if (status == STATUS_UNKNOWN) {
					resolve(connection, name);
				}
				else {
					execute((status == STATUS_COMMITTED ? "commit" : "rollback") + " prepared '" + name + "'");
				}
			}
			else {
				// the main transaction rolled back before it came to commit: skip what waits, let the one at work end
				stopping = true;
				tasks.clear();
				tasks.offer(END);
				drained.handle((v, e) -> null).join();
				connection.rollback();
			}
		}
		catch (SQLException | RuntimeException e) {
			log.error("search index writes {} could not end; a prepared one is ended at the next start", name, e);
		}
		finally {
			try {
				connection.close();
			}
			catch (SQLException e) {
				log.warn("search index connection {} did not close", name, e);
			}
		}
	}

	private void execute(String sql) {
		try (var st = connection.createStatement()) {
			st.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + " failed", e);
		}
	}

	/**
	 * Ends the prepared writes apart that a process left behind (it died between the main transaction's end and
	 * theirs) as their main transactions ended; those whose main transaction still runs (on another node) stay.
	 * {@code connection} must not be in a transaction.
	 */
	static int resolveAll(Connection connection) throws SQLException {
		int ended = 0;
		try (var st = connection.prepareStatement("select gid from pg_prepared_xacts where database = current_database() and gid like ?")) {
			st.setString(1, PREFIX + "%");
			try (var rs = st.executeQuery()) {
				var names = new java.util.ArrayList<String>();
				while (rs.next()) {
					names.add(rs.getString(1));
				}
				for (var n : names) {
					if (resolve(connection, n)) {
						ended++;
					}
				}
			}
		}
		return ended;
	}

	/** Commits or rolls back the prepared transaction {@code name} as its main transaction ended; false while it runs. */
	private static boolean resolve(Connection connection, String name) throws SQLException {
		String ended;
		try (var st = connection.prepareStatement("select pg_xact_status(cast(? as xid8))")) {
			st.setString(1, name.substring(PREFIX.length()));
			try (var rs = st.executeQuery()) {
				rs.next();
				ended = rs.getString(1);
			}
		}
		if (!"committed".equals(ended) && !"aborted".equals(ended)) {
			return false;
		}
		try (var st = connection.createStatement()) {
			st.execute(("committed".equals(ended) ? "commit" : "rollback") + " prepared '" + name + "'");
		}
		log.info("search index writes {} left prepared: {}", name, "committed".equals(ended) ? "committed" : "rolled back");
		return true;
	}
}
