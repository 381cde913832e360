package org.nordcrm.tenancy;

import static org.nordcrm.jooq.Tables.INSTALLATION;
import static org.nordcrm.jooq.Tables.TENANT;

import java.util.Optional;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.nordcrm.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class TenantManagement {

	private final DSLContext db;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;

	TenantManagement(DSLContext db, TransactionTemplate tx, ApplicationEventPublisher events) {
		this.db = db;
		this.tx = tx;
		this.events = events;
	}

	/** Creates a tenant; whatever {@code setup} does runs in the same transaction, as that tenant. */
	public TenantId create(String name, Consumer<TenantId> setup) {
		var id = new TenantId(Ids.next());
		TenantContext.run(id, () -> tx.executeWithoutResult(s -> {
			db.insertInto(TENANT).set(TENANT.ID, id.value()).set(TENANT.NAME, name).execute();
			events.publishEvent(new TenantCreated(id));
			setup.accept(id);
		}));
		return id;
	}

	public Optional<Tenant> current() {
		var id = TenantContext.current();
		if (id == null) {
			return Optional.empty();
		}
		return tx.execute(s -> db.selectFrom(TENANT).where(TENANT.ID.eq(id.value()))
			.fetchOptional(r -> new Tenant(new TenantId(r.getId()), r.getName())));
	}

	/**
	 * Continues the running transaction as {@code tenant}: for an authentication that has just found, by its
	 * lookup key, which tenant the caller belongs to. Everything else gets its tenant before the transaction.
	 */
	public void enterInThisTransaction(TenantId tenant) {
		db.execute("select set_config('app.tenant_id', ?, true)", tenant.toString());
	}

	/** The tenant that the first start created, if the installation has been set up. */
	public Optional<TenantId> firstTenant() {
		return tx.execute(s -> db.select(INSTALLATION.FIRST_TENANT_ID).from(INSTALLATION)
			.fetchOptional(r -> new TenantId(r.value1())));
	}

	/**
	 * Creates the first tenant once per installation, even when several nodes start together: the installation
	 * row is claimed first, and a node that loses the race gets {@code Optional.empty()}.
	 */
	public Optional<TenantId> createFirst(String name, Consumer<TenantId> setup) {
		return Optional.ofNullable(tx.execute(s -> {
			db.execute("lock table installation in exclusive mode");
			if (db.fetchExists(INSTALLATION)) {
				return null;
			}
			var id = new TenantId(Ids.next());
			db.insertInto(INSTALLATION).set(INSTALLATION.ID, 1).set(INSTALLATION.FIRST_TENANT_ID, id.value()).execute();
			// this transaction began without a tenant: set it now for the rows below
			enterInThisTransaction(id);
			db.insertInto(TENANT).set(TENANT.ID, id.value()).set(TENANT.NAME, name).execute();
			TenantContext.run(id, () -> {
				events.publishEvent(new TenantCreated(id));
				setup.accept(id);
			});
			return id;
		}));
	}
}
