package org.nordcrm.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit (enhet) as Enhetsregisteret publishes it, in the register's own terms.
 *
 * @param deletedOn the register's {@code slettedato}: the unit no longer exists
 */
public record RegisterUnit(String organisationNumber, String name, @Nullable String formCode, @Nullable String formName,
		@Nullable RegisterAddress businessAddress, @Nullable RegisterAddress postalAddress, @Nullable String naceCode,
		@Nullable String naceName, @Nullable Integer employees, @Nullable String website, boolean vatRegistered,
		boolean bankrupt, boolean underLiquidation, boolean underForcedLiquidation, @Nullable LocalDate deletedOn) {

	/** An address of a unit: {@code adresse[]} lines, postcode, town, municipality (name and number), country code. */
	public record RegisterAddress(List<String> lines, @Nullable String postcode, @Nullable String city,
			@Nullable String municipality, @Nullable String municipalityNumber, @Nullable String countryCode) {

		public @Nullable String street() {
			var street = String.join(", ", lines.stream().filter(l -> l != null && !l.isBlank()).toList());
			return street.isBlank() ? null : street;
		}

		/** "Storgata 1, 0150 OSLO": the parts there are, on one line. */
		public String oneLine() {
			var place = ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).strip();
			var street = street();
			return street == null ? place : place.isEmpty() ? street : street + ", " + place;
		}
	}

	/** As people write it: 923 609 016. */
	public String organisationNumberFormatted() {
		var n = organisationNumber;
		return n.length() == 9 ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n;
	}

	/** Bankrupt, being wound up, or being dissolved by force: worth a warning before anyone sells to it. */
	public boolean flagged() {
		return bankrupt || underLiquidation || underForcedLiquidation;
	}

	/** The address the unit is known by: the business address, else the postal address. */
	public @Nullable RegisterAddress mainAddress() {
		return businessAddress != null ? businessAddress : postalAddress;
	}

	public @Nullable String municipalityNumber() {
		var a = mainAddress();
		return a == null ? null : a.municipalityNumber();
	}
}
