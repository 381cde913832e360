package org.nordcrm.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.shared.Ids;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

/** The word index on its own: what finds what, and in which order. */
@NordCrmTest
class SearchIndexTest {

	@Autowired
	SearchIndex index;

	@Autowired
	TestTenants tenants;

	@Autowired
	org.jooq.DSLContext db;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	TestTenant acme;

	@BeforeEach
	void setUp() {
		acme = tenants.createEmpty("Index");
	}

	UUID put(String kind, SearchTerms terms) {
		var id = Ids.next();
		acme.as(() -> {
			index.index(kind, id, terms);
			return null;
		});
		return id;
	}

	List<UUID> find(String q, String... kinds) {
		return acme.as(() -> index.find(q, List.of(kinds.length == 0 ? new String[] { "company", "person" } : kinds), 20))
			.stream().map(SearchMatch::id).toList();
	}

	@Test
	void prefixesSubstringsTyposAccentsAndNumbers() {
		var alesund = put("company", new SearchTerms().text("Ålesund Trelast AS").number(10001, "923609016").phone("+4770123456")
			.email("post@trelast.no"));
		var berg = put("person", new SearchTerms().text("Kari", "Berg-Haugland").phone("+4791234567"));
		var bjorn = put("person", new SearchTerms().text("Bjørn", "Sæther"));

		assertThat(find("ålesund")).containsExactly(alesund);
		assertThat(find("ALES")).containsExactly(alesund);
		assertThat(find("trel ales")).containsExactly(alesund);
		assertThat(find("elast")).as("inside a word").containsExactly(alesund);
		assertThat(find("Trelsat")).as("a typo").containsExactly(alesund);
		assertThat(find("aalesund trelast")).as("a typo in one of two words").containsExactly(alesund);
		assertThat(find("haugland")).containsExactly(berg);
		assertThat(find("augla")).containsExactly(berg);
		assertThat(find("bjorn saether")).containsExactly(bjorn);
		assertThat(find("Bjørn")).containsExactly(bjorn);
		assertThat(find("912 34 567")).containsExactly(berg);
		assertThat(find("+47 912 34 567")).containsExactly(berg);
		assertThat(find("0047 91234567")).containsExactly(berg);
		assertThat(find("923 609 016")).containsExactly(alesund);
		assertThat(find("10001")).containsExactly(alesund);
		assertThat(find("post@trel")).containsExactly(alesund);
		assertThat(find("trelast.no")).containsExactly(alesund);
		assertThat(find("ålesund", "person")).isEmpty();
		assertThat(find("zzzzzz")).isEmpty();
		assertThat(find("%")).isEmpty();
		assertThat(find("'; drop table search_word; --")).isEmpty();
	}

	@Test
	void wholeWordsAndBeginningsComeBeforeMatchesInsideWordsAndTypos() {
		var inside = put("person", new SearchTerms().text("Ola", "Kristiansen"));
		var exact = put("person", new SearchTerms().text("Ola", "Ansen"));
		var begins = put("person", new SearchTerms().text("Ola", "Ansenius"));
		assertThat(find("ansen")).containsExactly(exact, begins, inside);
	}

	@Test
	void reindexingReplacesAndRemovingForgets() {
		var id = put("company", new SearchTerms().text("Gammelt Navn"));
		acme.as(() -> {
			index.index("company", id, new SearchTerms().text("Nytt Navn"));
			return null;
		});
		assertThat(find("gammelt")).isEmpty();
		assertThat(find("nytt")).containsExactly(id);
		acme.as(() -> {
			index.remove("company", id);
			return null;
		});
		assertThat(find("nytt")).isEmpty();
	}

	/** Under row-level security only leakproof operators may use an index; the embedded server marks LIKE and %. */
	@Test
	void theDictionaryUsesItsTrigramIndexAsTheApplicationRole() {
		var plan = acme.as(() -> tx.execute(s -> {
			// enough words that reading all of the tenant's dictionary costs more than the trigram index
			db.execute("insert into search_term select current_tenant(), 'ord' || g || 'sen' from generate_series(1, 20000) g");
			db.execute("analyze search_term");
			return db.fetch("explain select word from search_term where tenant_id = current_tenant() and word % 'hagen'").toString()
				+ db.fetch("explain select word from search_term where tenant_id = current_tenant() and word like '%agen%'").toString();
		}));
		assertThat(db.fetch("select proname from pg_proc where proname in ('similarity_op', 'textlike') and proleakproof")).hasSize(2);
		assertThat(plan).contains("search_term_trgm_idx").doesNotContain("Seq Scan");
	}

	@Test
	void anotherTenantFindsNothing() {
		put("company", new SearchTerms().text("Hemmelig Kunde"));
		var other = tenants.createEmpty("Other");
		assertThat(other.as(() -> index.find("hemmelig", List.of("company"), 20))).isEmpty();
	}
}
