package org.nordcrm.calendar.internal;

import static org.nordcrm.jooq.Tables.CALENDAR_FEED;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nordcrm.calendar.FeedToken;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.springframework.stereotype.Repository;

/** Users' calendar subscriptions, by the hash of their secret; a user has at most one that is not revoked. */
@Repository
public class Feeds {

	public record Owner(TenantId tenant, UserId user, java.util.UUID feedId) {
	}

	private final DSLContext db;

	Feeds(DSLContext db) {
		this.db = db;
	}

	public void insert(UserId user, String hash, String prefix) {
		db.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.TENANT_ID, TenantContext.require().value()).set(CALENDAR_FEED.ID, Ids.next())
			.set(CALENDAR_FEED.USER_ID, user.value()).set(CALENDAR_FEED.TOKEN_HASH, hash).set(CALENDAR_FEED.TOKEN_PREFIX, prefix).execute();
	}

	public int revoke(UserId user) {
		return db.update(CALENDAR_FEED).set(CALENDAR_FEED.REVOKED_AT, OffsetDateTime.now())
			.where(CALENDAR_FEED.USER_ID.eq(user.value()).and(CALENDAR_FEED.REVOKED_AT.isNull())).execute();
	}

	public Optional<FeedToken> active(UserId user) {
		return db.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(user.value()).and(CALENDAR_FEED.REVOKED_AT.isNull()))
			.orderBy(CALENDAR_FEED.CREATED_AT.desc()).limit(1)
			.fetchOptional(r -> new FeedToken(r.getTokenPrefix(), r.getCreatedAt().toInstant(),
					r.getLastUsedAt() == null ? null : r.getLastUsedAt().toInstant(), null));
	}

	public Optional<Owner> findActive(String hash) {
		return db.select(CALENDAR_FEED.TENANT_ID, CALENDAR_FEED.USER_ID, CALENDAR_FEED.ID).from(CALENDAR_FEED)
			.where(CALENDAR_FEED.TOKEN_HASH.eq(hash).and(CALENDAR_FEED.REVOKED_AT.isNull()))
			.fetchOptional(r -> new Owner(new TenantId(r.value1()), new UserId(r.value2()), r.value3()));
	}

	/** Use is recorded to the hour: calendar clients poll often. */
	public void touch(java.util.UUID feed) {
		db.update(CALENDAR_FEED).set(CALENDAR_FEED.LAST_USED_AT, OffsetDateTime.now())
			.where(CALENDAR_FEED.ID.eq(feed).and(CALENDAR_FEED.LAST_USED_AT.isNull().or(CALENDAR_FEED.LAST_USED_AT.lt(OffsetDateTime.now().minusHours(1)))))
			.execute();
	}
}
