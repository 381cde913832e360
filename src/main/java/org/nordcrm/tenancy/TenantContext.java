package org.nordcrm.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The tenant whose rows the current thread may touch. Every transaction that starts while a tenant is set runs
 * with {@code app.tenant_id} set to it, and the database's row-level security shows that tenant's rows only.
 * With no tenant set, the database shows no tenant rows at all: forgetting to set one fails closed.
 */
public final class TenantContext {

	private record State(@Nullable TenantId tenant, @Nullable String authKey, @Nullable UUID actor, String channel) {
	}

	/** Through what a change is made, as history records it. */
	public static final String UI = "ui", API = "api", IMPORT = "import", JOB = "job", SYSTEM = "system";

	private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static @Nullable TenantId current() {
		var s = CURRENT.get();
		return s == null ? null : s.tenant();
	}

	public static TenantId require() {
		var t = current();
		if (t == null) {
			throw new IllegalStateException("No tenant set for this thread");
		}
		return t;
	}

	/** The lookup key of a login or API-token check in progress, which lets exactly that row be found. */
	public static @Nullable String authKey() {
		var s = CURRENT.get();
		return s == null ? null : s.authKey();
	}

	/** The user on whose behalf this thread works, if any: history records them as the one who made a change. */
	public static @Nullable UUID actor() {
		var s = CURRENT.get();
		return s == null ? null : s.actor();
	}

	/** Through what this thread's changes come: {@link #UI}, {@link #API}, {@link #IMPORT}, {@link #JOB} or {@link #SYSTEM}. */
	public static String channel() {
		var s = CURRENT.get();
		return s == null ? SYSTEM : s.channel();
	}

	/**
	 * Sets this thread's tenant, lookup key, actor and channel as settings local to {@code connection}'s transaction,
	 * which the row-level security policies and the history triggers read. Every transaction of the transaction manager
	 * gets them at its start; a connection taken by hand gets them through this.
	 */
	public static void applyTo(Connection connection) throws SQLException {
		var tenant = current();
		var authKey = authKey();
		var actor = actor();
		try (var ps = connection.prepareStatement("select set_config('app.tenant_id', ?, true), set_config('app.auth_key', ?, true), "
				+ "set_config('app.actor_id', ?, true), set_config('app.channel', ?, true)")) {
			ps.setString(1, tenant == null ? "" : tenant.toString());
			ps.setString(2, authKey == null ? "" : authKey);
			ps.setString(3, actor == null ? "" : actor.toString());
			ps.setString(4, channel());
			ps.execute();
		}
	}

	public static <T> T call(TenantId tenant, Supplier<T> work) {
		return with(inherit(tenant), work::get);
	}

	/** Runs as {@code actor} of {@code tenant}, through {@code channel}. */
	public static <T> T callAs(TenantId tenant, @Nullable UUID actor, String channel, Supplier<T> work) {
		return with(new State(tenant, null, actor, channel), work::get);
	}

	public static void run(TenantId tenant, Runnable work) {
		with(inherit(tenant), () -> {
			work.run();
			return null;
		});
	}

	/** Runs an authentication lookup that may find the row whose e-mail or token hash equals {@code key}. */
	public static <T> T callForAuthentication(String key, Supplier<T> work) {
		return with(new State(null, key, null, SYSTEM), work::get);
	}

	/** Work that may throw a checked exception, such as the rest of a servlet filter chain. */
	@FunctionalInterface
	public interface Work<E extends Exception> {

		void run() throws E;
	}

	public static <E extends Exception> void runChecked(TenantId tenant, @Nullable UUID actor, String channel, Work<E> work)
			throws E {
		TenantContext.<Void, E>with(new State(tenant, null, actor, channel), () -> {
			work.run();
			return null;
		});
	}

	@FunctionalInterface
	private interface Call<T, E extends Exception> {

		T call() throws E;
	}

	/** A tenant switch keeps the actor and channel of the work around it, if it is the same tenant's. */
	private static State inherit(TenantId tenant) {
		var s = CURRENT.get();
		return s != null && tenant.equals(s.tenant()) ? new State(tenant, null, s.actor(), s.channel())
				: new State(tenant, null, null, SYSTEM);
	}

	private static <T, E extends Exception> T with(State state, Call<T, E> work) throws E {
		var previous = CURRENT.get();
		CURRENT.set(state);
		try {
			return work.call();
		}
		finally {
			restore(previous);
		}
	}

	private static void restore(@Nullable State previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}
}
