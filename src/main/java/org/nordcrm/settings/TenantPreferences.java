package org.nordcrm.settings;

import static org.nordcrm.jooq.Tables.TENANT_PREFERENCE;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's {@link Preferences}: a tenant that never changed them has the defaults. */
@Service
@Transactional
public class TenantPreferences {

	private final DSLContext db;

	TenantPreferences(DSLContext db) {
		this.db = db;
	}

	@Transactional(readOnly = true)
	public Preferences get() {
		return db.selectFrom(TENANT_PREFERENCE).fetchOptional().map(r -> new Preferences(r.getExtraInfoTab()))
			.orElse(Preferences.DEFAULTS);
	}

	/** Saves the preferences; the row is made at the first save, so history records only real changes. */
	public Preferences save(Preferences preferences) {
		db.insertInto(TENANT_PREFERENCE)
			.set(TENANT_PREFERENCE.TENANT_ID, TenantContext.require().value())
			.set(TENANT_PREFERENCE.EXTRA_INFO_TAB, preferences.extraInfoTab())
			.onConflict(TENANT_PREFERENCE.TENANT_ID).doUpdate()
			.set(TENANT_PREFERENCE.EXTRA_INFO_TAB, preferences.extraInfoTab())
			.set(TENANT_PREFERENCE.UPDATED_AT, OffsetDateTime.now())
			.set(TENANT_PREFERENCE.VERSION, TENANT_PREFERENCE.VERSION.plus(1))
			.execute();
		return get();
	}
}
