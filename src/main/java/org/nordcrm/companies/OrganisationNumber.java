package org.nordcrm.companies;

import java.util.Locale;
import java.util.regex.Pattern;

import org.nordcrm.shared.InvalidInput;

/**
 * An organisation number as its country keeps it: Norway 9 digits with a MOD11 check digit (Enhetsregisteret),
 * Sweden 10 digits with a Luhn check digit (Bolagsverket); other countries as written. The VAT forms
 * ("NO 923 609 016 MVA", "SE556036079301") are accepted and stored as the bare number.
 *
 * @param country ISO 3166 alpha-2 code, upper case
 * @param value the number: digits only for Norway and Sweden
 */
public record OrganisationNumber(String country, String value) {

	static final String FIELD = "organisationNumber";
	private static final int[] NO_WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };
	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
	private static final Pattern NO_VAT = Pattern.compile("^NO|MVA$");
	private static final Pattern DIGITS_9 = Pattern.compile("\\d{9}");
	private static final Pattern DIGITS_10 = Pattern.compile("\\d{10}");
	private static final Pattern SE_VAT = Pattern.compile("\\d{10}01");
	private static final Pattern SE_CENTURY = Pattern.compile("16\\d{10}");
	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	public static OrganisationNumber parse(String country, String written) {
		var cc = country.trim().toUpperCase(Locale.ROOT);
		var raw = written.trim();
		return switch (cc) {
			case "NO" -> {
				var digits = SEPARATORS.matcher(NO_VAT.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll("")).replaceAll("");
				if (!DIGITS_9.matcher(digits).matches() || norwegianCheckDigit(digits.substring(0, 8)) != digits.charAt(8) - '0') {
					throw InvalidInput.of(FIELD, "company.error.orgnr.no");
				}
				yield new OrganisationNumber(cc, digits);
			}
			case "SE" -> {
				var upper = raw.toUpperCase(Locale.ROOT);
				var digits = SEPARATORS.matcher(upper.startsWith("SE") ? upper.substring(2) : upper).replaceAll("");
				if (SE_VAT.matcher(digits).matches()) {
					digits = digits.substring(0, 10); // VAT number: the org number and "01"
				}
				else if (SE_CENTURY.matcher(digits).matches()) {
					digits = digits.substring(2); // the "16" century prefix some systems write
				}
				if (!DIGITS_10.matcher(digits).matches() || luhnCheckDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
					throw InvalidInput.of(FIELD, "company.error.orgnr.se");
				}
				yield new OrganisationNumber(cc, digits);
			}
			default -> {
				if (!COUNTRY.matcher(cc).matches()) {
					throw InvalidInput.of("country", "company.error.country");
				}
				if (raw.isEmpty() || raw.length() > 30) {
					throw InvalidInput.of(FIELD, "company.error.orgnr.other", 30);
				}
				yield new OrganisationNumber(cc, raw);
			}
		};
	}

	/** As people write it: 923 609 016 in Norway, 556036-0793 in Sweden. */
	public String formatted() {
		return switch (country) {
			case "NO" -> value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
			case "SE" -> value.substring(0, 6) + "-" + value.substring(6);
			default -> value;
		};
	}

	/** The MOD11 check digit for the first 8 digits of a Norwegian number, or -1 where none exists (remainder 1). */
	public static int norwegianCheckDigit(String first8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (first8.charAt(i) - '0') * NO_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 11 ? 0 : check == 10 ? -1 : check;
	}

	/** The Luhn check digit for the first 9 digits of a Swedish number. */
	public static int luhnCheckDigit(String first9) {
		int sum = 0;
		for (int i = 0; i < first9.length(); i++) {
			int d = first9.charAt(i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return (10 - sum % 10) % 10;
	}
}
