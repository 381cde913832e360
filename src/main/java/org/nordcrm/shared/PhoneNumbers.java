package org.nordcrm.shared;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phone numbers however they are written ("912 34 567", "+47 91234567", "0047-912 34 567", "070-123 45 67"),
 * kept in one form (E.164, "+4791234567") so a search finds them whatever the spacing. Uses Google's
 * libphonenumber; a number without a country code is read as one of the record's country.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The E.164 form, or empty when the text cannot be a phone number of that region. */
	public static Optional<String> normalise(String written, String defaultRegion) {
		if (written.isBlank() || written.length() > 40) {
			return Optional.empty();
		}
		try {
			var number = UTIL.parse(written, defaultRegion);
			return UTIL.isPossibleNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException e) {
			return Optional.empty();
		}
	}

	/** For display: the national form at home ("912 34 567"), the international form elsewhere ("+46 70 123 45 67"). */
	public static String display(String e164, String homeRegion) {
		try {
			var number = UTIL.parse(e164, homeRegion);
			var home = UTIL.getRegionCodeForNumber(number);
			return UTIL.format(number, homeRegion.equals(home) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException e) {
			return e164;
		}
	}

	/** The international form ("+47 22 33 44 55"), the same wherever it is read (files that leave the system). */
	public static String international(String e164) {
		return display(e164, "ZZ");
	}

	/** The digits without country code ("91234567"), which is what people type when they search. */
	public static String nationalDigits(String e164) {
		try {
			return String.valueOf(UTIL.parse(e164, "ZZ").getNationalNumber());
		}
		catch (NumberParseException e) {
			return e164.replaceAll("\\D", "");
		}
	}
}
