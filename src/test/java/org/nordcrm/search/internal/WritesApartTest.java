package org.nordcrm.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.search.SearchTerms;
import org.nordcrm.shared.Ids;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's index writes on a second connection (what an import does): seen by nobody before the transaction
 * commits, gone when it rolls back or when they fail, and a pair left prepared by a process that died ended as its
 * main transaction ended.
 */
@NordCrmTest
class WritesApartTest {

	@Autowired
	SearchIndex index;

	@Autowired
	TestTenants tenants;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	TestTenant acme;

	@BeforeEach
	void setUp() {
		acme = tenants.createEmpty("Apart");
	}

	List<UUID> find(String q) {
		return acme.as(() -> index.find(q, List.of("company"), 20)).stream().map(SearchMatch::id).toList();
	}

	@Test
	void theWordsGoInWithTheTransactionThatWroteThemAndOnlyThen() {
		var first = Ids.next();
		var second = Ids.next();
		var beforeCommit = new java.util.concurrent.atomic.AtomicReference<String>();
		acme.as(() -> tx.execute(s -> {
			index.writeApart();
			assertThat(WritesApart.current()).as("writes apart in this transaction").isNotNull();
			var inner = new TransactionTemplate(transactions);
			inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			inner.executeWithoutResult(t -> assertThat(WritesApart.current()).as("not in a transaction started meanwhile").isNull());
			assertThat(WritesApart.current()).as("again after it").isNotNull();
			index.indexNew("company", Map.of(first, new SearchTerms().text("Apartfjord Bygg AS").number("923609016")));
			index.index("company", second, new SearchTerms().text("Apartvik Handel"));
			// a record changed again in the same transaction: its new words replace those written apart before
			index.index("company", second, new SearchTerms().text("Apartnes Handel"));
			// runs after the writes apart are prepared, before this transaction commits: what does another one see?
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					beforeCommit.set(prepared() + " prepared, "
							+ CompletableFuture.supplyAsync(() -> find("apartfjord").size() + find("apartnes").size()).join() + " found");
				}
			});
			return null;
		}));

		assertThat(beforeCommit.get()).isEqualTo("1 prepared, 0 found");
		assertThat(find("apartfjord")).containsExactly(first);
		assertThat(find("923 609 016")).containsExactly(first);
		assertThat(find("apartnes")).containsExactly(second);
		assertThat(find("apartvik")).as("replaced in order").isEmpty();
		assertThat(prepared()).isZero();
	}

	@Test
	void theWordsOfATransactionThatRollsBackAreGone() {
		acme.as(() -> tx.execute(s -> {
			index.writeApart();
			index.indexNew("company", Map.of(Ids.next(), new SearchTerms().text("Rullbakk Sagbruk")));
			s.setRollbackOnly();
			return null;
		}));

		assertThat(find("rullbakk")).isEmpty();
		assertThat(prepared()).isZero();
	}

	@Test
	void aFailedWriteApartFailsTheTransactionThatMadeIt() {
		var kept = Ids.next();
		assertThatThrownBy(() -> acme.as(() -> tx.execute(s -> {
			index.writeApart();
			index.indexNew("company", Map.of(kept, new SearchTerms().text("Feilfri Transport")));
			// a kind longer than the column's 20 characters: the database refuses the row
			index.indexNew("a kind far longer than twenty", Map.of(Ids.next(), new SearchTerms().text("Feilaktig")));
			return null;
		}))).hasMessageContaining("too long");

		assertThat(find("feilfri")).as("nothing of it stays").isEmpty();
		assertThat(prepared()).isZero();
	}

	@Test
	void writesLeftPreparedByADeadProcessEndAsTheirMainTransactionEnded() throws SQLException {
		var committed = Ids.next();
		var aborted = Ids.next();
		var running = Ids.next();
		try (var main = dataSource.getConnection(); var other = dataSource.getConnection()) {
			leaveApart(committed, "Etterlattvik", mainTransaction(main, true));
			leaveApart(aborted, "Etterlattnes", mainTransaction(main, false));
			other.setAutoCommit(false);
			var open = xid(other);
			leaveApart(running, "Etterlattdal", open);
			assertThat(prepared()).isEqualTo(3);

			try (var c = dataSource.getConnection()) {
				assertThat(WritesApart.resolveAll(c)).as("the running one stays").isEqualTo(2);
			}
			assertThat(find("etterlattvik")).containsExactly(committed);
			assertThat(find("etterlattnes")).isEmpty();
			assertThat(prepared()).isEqualTo(1);

			other.rollback();
			try (var c = dataSource.getConnection()) {
				assertThat(WritesApart.resolveAll(c)).isEqualTo(1);
			}
			assertThat(find("etterlattdal")).isEmpty();
			assertThat(prepared()).isZero();
		}
	}

	/** The id of a main transaction that wrote something and then committed or rolled back. */
	private String mainTransaction(Connection c, boolean commit) throws SQLException {
		c.setAutoCommit(false);
		var id = xid(c);
		if (commit) {
			c.commit();
		}
		else {
			c.rollback();
		}
		return id;
	}

	private static String xid(Connection c) throws SQLException {
		try (var st = c.createStatement(); var rs = st.executeQuery("select pg_current_xact_id()::text")) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** Writes a record's word in a transaction prepared under the name writes apart of {@code mainXid} have, and leaves it. */
	private void leaveApart(UUID record, String name, String mainXid) throws SQLException {
		try (var c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			acme.as(() -> {
				try {
					org.nordcrm.tenancy.TenantContext.applyTo(c);
					new SearchWords(org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.POSTGRES)).addAll(acme.id().value(), "company", Map.of(record, List.of(name.toLowerCase())));
					try (var st = c.createStatement()) {
						st.execute("prepare transaction 'nordcrm-search-" + mainXid + "'");
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
				return null;
			});
			c.setAutoCommit(true);
		}
	}

	private int prepared() {
		try (var c = dataSource.getConnection(); var st = c.createStatement();
				var rs = st.executeQuery("select count(*) from pg_prepared_xacts where gid like 'nordcrm-search-%'")) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
