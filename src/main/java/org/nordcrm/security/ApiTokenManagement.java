package org.nordcrm.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.nordcrm.security.internal.ApiTokens;
import org.nordcrm.security.internal.Users;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shared.Secrets;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: {@code ncrm_} and 43 random URL-safe characters (256 bits), stored as a SHA-256 hash. A
 * token acts as its user in the user's tenant, until revoked or the user is deactivated.
 */
@Service
public class ApiTokenManagement {

	public static final String PREFIX = "ncrm_";
	private static final Pattern FORMAT = Pattern.compile("ncrm_[A-Za-z0-9_-]{43}");

	private final ApiTokens tokens;
	private final Users users;
	private final TransactionTemplate tx;
	private final TenantManagement tenants;

	ApiTokenManagement(ApiTokens tokens, Users users, TransactionTemplate tx, TenantManagement tenants) {
		this.tokens = tokens;
		this.users = users;
		this.tx = tx;
		this.tenants = tenants;
	}

	public static boolean wellFormed(String token) {
		return FORMAT.matcher(token).matches();
	}

	public IssuedToken create(UserId owner, String name) {
		var trimmed = name.trim();
		if (trimmed.isEmpty()) {
			throw InvalidInput.of("name", "validation.required");
		}
		if (trimmed.length() > 100) {
			throw InvalidInput.of("name", "validation.tooLong", 100);
		}
		var secret = PREFIX + Secrets.urlSafeToken(32);
		var info = tx.execute(s -> tokens.insert(TenantContext.require(), owner, trimmed, Secrets.sha256Hex(secret),
				secret.substring(0, PREFIX.length() + 4)));
		return new IssuedToken(info, secret);
	}

	public List<ApiToken> list(UserId owner) {
		return tx.execute(s -> tokens.of(owner));
	}

	public void revoke(UserId owner, UUID tokenId) {
		tx.executeWithoutResult(s -> {
			if (tokens.revoke(owner, tokenId) == 0) {
				throw new RecordNotFound("apiToken", tokenId);
			}
		});
	}

	/** The active user a well-formed, unrevoked token belongs to. */
	public Optional<CrmUser> authenticate(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		var hash = Secrets.sha256Hex(token);
		// one transaction: find the token by its hash, then continue in its tenant
		return TenantContext.callForAuthentication(hash, () -> tx.execute(s -> tokens.findActive(hash).flatMap(t -> {
			tenants.enterInThisTransaction(t.tenant());
			if (!t.usedRecently()) {
				tokens.touch(t.tokenId());
			}
			return users.principal(t.user()).filter(CrmUser::isEnabled);
		})));
	}
}
