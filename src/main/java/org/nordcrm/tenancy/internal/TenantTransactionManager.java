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
		TenantContext.applyTo(con);
	}
}
