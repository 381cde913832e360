package org.nordcrm.security.internal;

import static org.nordcrm.jooq.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.AppUserRecord;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.User;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantId;
import org.springframework.stereotype.Repository;

@Repository
public class Users {

	private final DSLContext db;

	Users(DSLContext db) {
		this.db = db;
	}

	public User insert(TenantId tenant, NewUser user, String passwordHash, boolean mustChangePassword) {
		var r = db.insertInto(APP_USER)
			.set(APP_USER.TENANT_ID, tenant.value())
			.set(APP_USER.ID, Ids.next())
			.set(APP_USER.EMAIL, user.email())
			.set(APP_USER.NAME, user.name())
			.set(APP_USER.ROLE, user.role().name())
			.set(APP_USER.LOCALE, user.locale())
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
			.returning()
			.fetchSingle();
		return toUser(r);
	}

	public List<User> all() {
		return db.selectFrom(APP_USER).orderBy(APP_USER.NAME).fetch(Users::toUser);
	}

	/** Users in id order after {@code after}, one more than {@code limit} to tell whether more exist. */
	public List<User> page(@Nullable UUID after, int limit) {
		return db.selectFrom(APP_USER)
			.where(after == null ? DSL.noCondition() : APP_USER.ID.gt(after))
			.orderBy(APP_USER.ID)
			.limit(limit + 1)
			.fetch(Users::toUser);
	}

	public List<User> search(String query, int limit) {
		var pattern = "%" + query.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return db.selectFrom(APP_USER)
			.where(DSL.lower(APP_USER.NAME).like(pattern).or(APP_USER.EMAIL.like(pattern)))
			.orderBy(APP_USER.NAME)
			.limit(limit)
			.fetch(Users::toUser);
	}

	public Optional<User> find(UserId id) {
		return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id.value())).fetchOptional(Users::toUser);
	}

	/** Only finds a row while the login lookup key for that e-mail is set (see {@code login_lookup} policy). */
	public Optional<CrmUser> principalByEmail(String email) {
		return db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchOptional(Users::toPrincipal);
	}

	public Optional<CrmUser> principal(UserId id) {
		return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id.value())).fetchOptional(Users::toPrincipal);
	}

	public String passwordHash(UserId id) {
		return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id.value())).fetchSingle(APP_USER.PASSWORD_HASH);
	}

	public void setActive(UserId id, boolean active) {
		update(id, APP_USER.ACTIVE, active);
	}

	public void setPassword(UserId id, String hash, boolean mustChange) {
		db.update(APP_USER)
			.set(APP_USER.PASSWORD_HASH, hash)
			.set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(id.value()))
			.execute();
	}

	public void setLocale(UserId id, String locale) {
		update(id, APP_USER.LOCALE, locale);
	}

	public Optional<String> mobile(UserId id) {
		return db.select(APP_USER.MOBILE).from(APP_USER).where(APP_USER.ID.eq(id.value())).fetchOptional(APP_USER.MOBILE);
	}

	public void setMobile(UserId id, @Nullable String mobile) {
		update(id, APP_USER.MOBILE, mobile);
	}

	public void touchLogin(UserId id) {
		db.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, OffsetDateTime.now()).where(APP_USER.ID.eq(id.value())).execute();
	}

	private <T> void update(UserId id, org.jooq.TableField<AppUserRecord, T> field, T value) {
		db.update(APP_USER).set(field, value).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(id.value())).execute();
	}

	static User toUser(Record r) {
		var u = r.into(APP_USER);
		return new User(new UserId(u.getId()), u.getEmail(), u.getName(), Role.valueOf(u.getRole()), u.getLocale(),
				u.getTimeZone(), u.getActive(), u.getMustChangePassword(), u.getCreatedAt().toInstant(),
				u.getLastLoginAt() == null ? null : u.getLastLoginAt().toInstant());
	}

	static CrmUser toPrincipal(AppUserRecord r) {
		return new CrmUser(new TenantId(r.getTenantId()), toUser(r), r.getPasswordHash());
	}
}
