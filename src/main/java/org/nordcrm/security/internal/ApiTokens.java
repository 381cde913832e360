package org.nordcrm.security.internal;

import static org.nordcrm.jooq.Tables.API_TOKEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.ApiTokenRecord;
import org.nordcrm.security.ApiToken;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantId;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokens {

	public record Owner(TenantId tenant, UserId user, UUID tokenId, @Nullable OffsetDateTime lastUsedAt) {

		/** Use is recorded to the minute: a busy script does not write on every call. */
		public boolean usedRecently() {
			return lastUsedAt != null && lastUsedAt.isAfter(OffsetDateTime.now().minusMinutes(1));
		}
	}

	private final DSLContext db;

	ApiTokens(DSLContext db) {
		this.db = db;
	}

	public ApiToken insert(TenantId tenant, UserId owner, String name, String hash, String prefix) {
		return toToken(db.insertInto(API_TOKEN)
			.set(API_TOKEN.TENANT_ID, tenant.value())
			.set(API_TOKEN.ID, Ids.next())
			.set(API_TOKEN.USER_ID, owner.value())
			.set(API_TOKEN.NAME, name)
			.set(API_TOKEN.TOKEN_HASH, hash)
			.set(API_TOKEN.TOKEN_PREFIX, prefix)
			.returning()
			.fetchSingle());
	}

	public List<ApiToken> of(UserId owner) {
		return db.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(owner.value()))
			.orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc())
			.fetch(ApiTokens::toToken);
	}

	public int revoke(UserId owner, UUID id) {
		return db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, OffsetDateTime.now())
			.where(API_TOKEN.ID.eq(id).and(API_TOKEN.USER_ID.eq(owner.value())).and(API_TOKEN.REVOKED_AT.isNull()))
			.execute();
	}

	public Optional<Owner> findActive(String hash) {
		return db.select(API_TOKEN.TENANT_ID, API_TOKEN.USER_ID, API_TOKEN.ID, API_TOKEN.LAST_USED_AT).from(API_TOKEN)
			.where(API_TOKEN.TOKEN_HASH.eq(hash).and(API_TOKEN.REVOKED_AT.isNull()))
			.fetchOptional(r -> new Owner(new TenantId(r.value1()), new UserId(r.value2()), r.value3(), r.value4()));
	}

	public void touch(UUID id) {
		db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, OffsetDateTime.now()).where(API_TOKEN.ID.eq(id)).execute();
	}

	private static ApiToken toToken(ApiTokenRecord r) {
		return new ApiToken(r.getId(), r.getName(), r.getTokenPrefix(), r.getCreatedAt().toInstant(),
				instant(r.getLastUsedAt()), instant(r.getRevokedAt()));
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}
}
