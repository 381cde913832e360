package org.nordcrm.registry.internal;

import static org.nordcrm.jooq.Tables.REGISTRY_UNIT;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.nordcrm.jooq.tables.records.RegistryUnitRecord;
import org.nordcrm.registry.RegisterFacts;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** The register's facts per company (table registry_unit, keyed by the company's id). */
@Repository
public class RegistryUnits {

	private final DSLContext db;

	RegistryUnits(DSLContext db) {
		this.db = db;
	}

	public Optional<RegisterFacts> find(UUID company) {
		return db.selectFrom(REGISTRY_UNIT).where(REGISTRY_UNIT.ID.eq(company)).fetchOptional(RegistryUnits::facts);
	}

	/** Stores the facts of one company, replacing what was there (history records each changed field). */
	public void save(UUID company, RegisterFacts f) {
		var r = db.newRecord(REGISTRY_UNIT);
		r.setTenantId(TenantContext.require().value());
		r.setId(company);
		fill(r, f);
		db.insertInto(REGISTRY_UNIT).set(r).onConflict(REGISTRY_UNIT.TENANT_ID, REGISTRY_UNIT.ID).doUpdate()
			.set(REGISTRY_UNIT.ORGANISATION_NUMBER, f.organisationNumber())
			.set(REGISTRY_UNIT.ORGANISATIONAL_FORM, f.formCode())
			.set(REGISTRY_UNIT.ORGANISATIONAL_FORM_NAME, f.formName())
			.set(REGISTRY_UNIT.MUNICIPALITY, f.municipality())
			.set(REGISTRY_UNIT.MUNICIPALITY_NUMBER, f.municipalityNumber())
			.set(REGISTRY_UNIT.VAT_REGISTERED, f.vatRegistered())
			.set(REGISTRY_UNIT.BANKRUPT, f.bankrupt())
			.set(REGISTRY_UNIT.UNDER_LIQUIDATION, f.underLiquidation())
			.set(REGISTRY_UNIT.UNDER_FORCED_LIQUIDATION, f.underForcedLiquidation())
			.set(REGISTRY_UNIT.FETCHED_AT, f.fetchedAt())
			.set(REGISTRY_UNIT.VERSION, REGISTRY_UNIT.VERSION.plus(1))
			.execute();
	}

	/** Facts of many new companies in one statement (a bulk load). */
	public void insertAll(Collection<java.util.Map.Entry<UUID, RegisterFacts>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		var tenant = TenantContext.require().value();
		var records = rows.stream().map(e -> {
			var r = db.newRecord(REGISTRY_UNIT);
			r.setTenantId(tenant);
			r.setId(e.getKey());
			fill(r, e.getValue());
			return r;
		}).toList();
		db.batchInsert(records).execute();
	}

	private static void fill(RegistryUnitRecord r, RegisterFacts f) {
		r.setOrganisationNumber(f.organisationNumber());
		r.setOrganisationalForm(f.formCode());
		r.setOrganisationalFormName(f.formName());
		r.setMunicipality(f.municipality());
		r.setMunicipalityNumber(f.municipalityNumber());
		r.setVatRegistered(f.vatRegistered());
		r.setBankrupt(f.bankrupt());
		r.setUnderLiquidation(f.underLiquidation());
		r.setUnderForcedLiquidation(f.underForcedLiquidation());
		r.setFetchedAt(f.fetchedAt());
	}

	private static RegisterFacts facts(RegistryUnitRecord r) {
		return new RegisterFacts(r.getOrganisationNumber(), r.getOrganisationalForm(), r.getOrganisationalFormName(),
				r.getMunicipality(), r.getMunicipalityNumber(), r.getVatRegistered(), r.getBankrupt(), r.getUnderLiquidation(),
				r.getUnderForcedLiquidation(), r.getFetchedAt());
	}
}
