package org.nordcrm.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.nordcrm.tenancy.TenantContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction with the thread's tenant (and authentication lookup key) set as transaction-local
 * settings, which the row-level security policies read, and who works through what, which history records. They end with the transaction, so a pooled connection
 * never carries one tenant's setting into another's work.
 */
class TenantTransactionManager extends JdbcTransactionManager {

	TenantTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
		super.prepareTransactionalConnection(con, definition);
		var tenant = TenantContext.current();
		var authKey = TenantContext.authKey();
		var actor = TenantContext.actor();
		try (var ps = con.prepareStatement("select set_config('app.tenant_id', ?, true), set_config('app.auth_key', ?, true), "
				+ "set_config('app.actor_id', ?, true), set_config('app.channel', ?, true)")) {
			ps.setString(1, tenant == null ? "" : tenant.toString());
			ps.setString(2, authKey == null ? "" : authKey);
			ps.setString(3, actor == null ? "" : actor.toString());
			ps.setString(4, TenantContext.channel());
			ps.execute();
		}
	}
}
