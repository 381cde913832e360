package org.nordcrm.registry;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What the register said of a company when it was last fetched, beyond the company's own fields: organisational
 * form, municipality, VAT registration and the bankruptcy and liquidation flags.
 */
public record RegisterFacts(String organisationNumber, @Nullable String formCode, @Nullable String formName,
		@Nullable String municipality, @Nullable String municipalityNumber, boolean vatRegistered, boolean bankrupt,
		boolean underLiquidation, boolean underForcedLiquidation, OffsetDateTime fetchedAt) {

	public static RegisterFacts of(RegisterUnit u, OffsetDateTime at) {
		var a = u.mainAddress();
		return new RegisterFacts(u.organisationNumber(), u.formCode(), u.formName(), a == null ? null : a.municipality(),
				a == null ? null : a.municipalityNumber(), u.vatRegistered(), u.bankrupt(), u.underLiquidation(),
				u.underForcedLiquidation(), at);
	}
}
