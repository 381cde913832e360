package org.nordcrm.security.internal;

import static org.nordcrm.jooq.Tables.LOGIN_THROTTLE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nordcrm.shared.Secrets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Slows down password guessing, for the login form and the token endpoint alike. Failures are counted per
 * e-mail and per client address in the database, so every node sees the same count. After too many failures
 * within the window the key is blocked for the rest of the window, even for the right password.
 */
@Component
@Transactional
public class LoginThrottle {

	static final int MAX_FAILURES_PER_EMAIL = 5;
	static final int MAX_FAILURES_PER_ADDRESS = 30;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final DSLContext db;

	LoginThrottle(DSLContext db) {
		this.db = db;
	}

	public boolean blocked(String email, String address) {
		return db.fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.KEY.in(emailKey(email), addressKey(address))
			.and(LOGIN_THROTTLE.BLOCKED_UNTIL.gt(OffsetDateTime.now())));
	}

	public void failed(String email, String address) {
		count(emailKey(email), MAX_FAILURES_PER_EMAIL);
		count(addressKey(address), MAX_FAILURES_PER_ADDRESS);
	}

	public void succeeded(String email) {
		db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.eq(emailKey(email))).execute();
	}

	private void count(String key, int max) {
		var now = OffsetDateTime.now();
		var windowStart = now.minus(WINDOW);
		var t = LOGIN_THROTTLE;
		var expired = t.FIRST_FAILURE.lt(windowStart);
		var failures = DSL.when(expired, DSL.inline(1)).otherwise(t.FAILURES.plus(1));
		db.insertInto(t)
			.set(t.KEY, key).set(t.FAILURES, 1).set(t.FIRST_FAILURE, now)
			.onConflict(t.KEY).doUpdate()
			.set(t.FAILURES, failures)
			.set(t.FIRST_FAILURE, DSL.when(expired, DSL.val(now)).otherwise(t.FIRST_FAILURE))
			.set(t.BLOCKED_UNTIL, DSL.when(failures.ge(max), DSL.val(now.plus(WINDOW))).otherwise(t.BLOCKED_UNTIL))
			.execute();
	}

	@Scheduled(cron = "0 */10 * * * *")
	@SchedulerLock(name = "login-throttle-cleanup")
	public void forgetOld() {
		var cutoff = OffsetDateTime.now().minus(WINDOW);
		db.deleteFrom(LOGIN_THROTTLE)
			.where(LOGIN_THROTTLE.FIRST_FAILURE.lt(cutoff)
				.and(LOGIN_THROTTLE.BLOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.BLOCKED_UNTIL.lt(OffsetDateTime.now()))))
			.execute();
	}

	private static String emailKey(String email) {
		return Secrets.sha256Hex("email:" + email.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return Secrets.sha256Hex("address:" + address);
	}
}
