package org.nordcrm.search.internal;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the database does not let the search dictionary use its trigram index: under row-level
 * security PostgreSQL only uses leakproof operators in index conditions, and LIKE and pg_trgm's similarity are
 * not marked so by default. The embedded server marks them; on an external server an administrator must.
 */
@Component
class LeakproofCheck {

	private static final Logger log = LoggerFactory.getLogger(LeakproofCheck.class);

	private final DSLContext db;

	LeakproofCheck(DSLContext db) {
		this.db = db;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		var leaky = db.fetchExists(db.selectOne().from("pg_proc")
			.where("proname in ('similarity_op', 'textlike', 'ts_match_vq', 'tsvector_concat') and not proleakproof"
				+ " or oid = 'pg_catalog.lower(text)'::regprocedure and not proleakproof"
				+ " or oid = 'pg_catalog.to_tsvector(regconfig, text)'::regprocedure and not proleakproof"));
		if (leaky) {
			log.warn("Searches with typos and inside words, searches of notes and an import's duplicate check by e-mail will scan whole tables: the database does "
					+ "not allow their indexes under row-level security. As a superuser, run once: "
					+ "alter function public.similarity_op(text, text) leakproof; "
					+ "alter function pg_catalog.textlike(text, text) leakproof; "
					+ "alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof; "
					+ "alter function pg_catalog.to_tsvector(regconfig, text) leakproof; "
					+ "alter function pg_catalog.tsvector_concat(tsvector, tsvector) leakproof; "
					+ "alter function pg_catalog.lower(text) leakproof;");
		}
	}
}
