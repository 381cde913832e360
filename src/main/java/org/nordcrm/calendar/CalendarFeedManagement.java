package org.nordcrm.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nordcrm.calendar.internal.Feeds;
import org.nordcrm.calendar.internal.IcsFeed;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Secrets;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each user's private iCalendar subscription: {@code ncal_} and 43 random URL-safe characters, stored as a SHA-256
 * hash and shown once (like an API token); renewing revokes the old one. The feed holds the items of every
 * {@link CalendarItems} from 90 days back to a year ahead.
 */
@Service
public class CalendarFeedManagement {

	public static final String PREFIX = "ncal_";
	public static final Duration BACK = Duration.ofDays(90);
	public static final Duration AHEAD = Duration.ofDays(366);
	private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("ncal_[A-Za-z0-9_-]{43}");

	private final Feeds feeds;
	private final List<CalendarItems> sources;
	private final UserManagement users;
	private final TransactionTemplate tx;

	CalendarFeedManagement(Feeds feeds, List<CalendarItems> sources, UserManagement users,
			TransactionTemplate tx) {
		this.feeds = feeds;
		this.sources = sources;
		this.users = users;
		this.tx = tx;
	}

	/** The user's subscription, without its secret. */
	public Optional<FeedToken> current(UserId user) {
		return tx.execute(s -> feeds.active(user));
	}

	/** A new secret for the user (the old one stops working); the secret is in the result this once. */
	public FeedToken renew(UserId user) {
		var secret = PREFIX + Secrets.urlSafeToken(32);
		return tx.execute(s -> {
			feeds.revoke(user);
			feeds.insert(user, Secrets.sha256Hex(secret), secret.substring(0, PREFIX.length() + 4));
			return new FeedToken(secret.substring(0, PREFIX.length() + 4), Instant.now(), null, secret);
		});
	}

	public void revoke(UserId user) {
		tx.executeWithoutResult(s -> feeds.revoke(user));
	}

	/** The iCalendar text for a secret, or empty when it is unknown or revoked (or its user deactivated). */
	public Optional<String> feed(String token) {
		if (!FORMAT.matcher(token).matches()) {
			return Optional.empty();
		}
		var hash = Secrets.sha256Hex(token);
		var owner = TenantContext.callForAuthentication(hash, () -> tx.execute(s -> feeds.findActive(hash)));
		if (owner == null || owner.isEmpty()) {
			return Optional.empty();
		}
		var o = owner.get();
		return TenantContext.callAs(o.tenant(), o.user().value(), TenantContext.SYSTEM, () -> tx.execute(s -> {
			var user = users.find(o.user()).filter(u -> u.active());
			if (user.isEmpty()) {
				return Optional.<String>empty();
			}
			feeds.touch(o.feedId());
			var now = Instant.now();
			var items = new ArrayList<CalendarItem>();
			sources.forEach(source -> items.addAll(source.items(o.user(), now.minus(BACK), now.plus(AHEAD))));
			return Optional.of(IcsFeed.of("NordCRM – " + user.get().name(), items));
		}));
	}
}
