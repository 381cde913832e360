package org.nordcrm.search.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start, ends the search index writes apart that a process left prepared when it died ({@link WritesApart}). */
@Component
class LeftWrites {

	private static final Logger log = LoggerFactory.getLogger(LeftWrites.class);

	private final DataSource dataSource;

	LeftWrites(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void end() {
		try (var c = dataSource.getConnection()) {
			c.setAutoCommit(true);
			WritesApart.resolveAll(c);
		}
		catch (SQLException e) {
			log.warn("search index writes left prepared could not be ended; the next start tries again", e);
		}
	}
}
