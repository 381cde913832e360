package org.nordcrm.database;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Refuses to start on a database role that row-level security does not bind (a superuser or a role with
 * BYPASSRLS): on such a role every tenant would see every other tenant's rows.
 */
final class RowLevelSecurityGuard {

	private RowLevelSecurityGuard() {
	}

	static void check(DataSource dataSource) throws SQLException {
		try (var c = dataSource.getConnection(); var st = c.createStatement();
				var rs = st.executeQuery("select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
			rs.next();
			if (rs.getBoolean(2)) {
				throw new IllegalStateException("The database user '" + rs.getString(1)
						+ "' is a superuser or has BYPASSRLS, so row-level security would not separate tenants. "
						+ "Connect NordCRM as an ordinary role that owns its database (see README, NORDCRM_DB_USER).");
			}
		}
	}
}
