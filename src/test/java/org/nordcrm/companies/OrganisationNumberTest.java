package org.nordcrm.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nordcrm.shared.InvalidInput;


class OrganisationNumberTest {

	@Test
	void realNorwegianAndSwedishNumbers() {
		// Brønnøysundregistrene and Volvo Car AB, as published
		assertThat(OrganisationNumber.parse("NO", "974 760 673").value()).isEqualTo("974760673");
		assertThat(OrganisationNumber.parse("no", "NO 974760673 MVA").formatted()).isEqualTo("974 760 673");
		assertThat(OrganisationNumber.parse("NO", "no974.760-673mva").value()).isEqualTo("974760673");
		assertThat(OrganisationNumber.parse("SE", "556074-3089").formatted()).isEqualTo("556074-3089");
		assertThat(OrganisationNumber.parse("SE", "SE556074308901").value()).isEqualTo("5560743089");
		assertThat(OrganisationNumber.parse("SE", "16556074-3089").value()).isEqualTo("5560743089");
		assertThat(OrganisationNumber.parse("SE", "se 556074 3089").value()).isEqualTo("5560743089");
		assertThat(OrganisationNumber.parse("DK", " DK 12345678 ").value()).isEqualTo("DK 12345678");
	}

	@Test
	void wrongNumbersNameTheFieldAndTheRule() {
		assertThatThrownBy(() -> OrganisationNumber.parse("NO", "974 760 674")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors().getFirst()).satisfies(err -> {
					assertThat(err.field()).isEqualTo("organisationNumber");
					assertThat(err.messageKey()).isEqualTo("company.error.orgnr.no");
				}));
		assertThatThrownBy(() -> OrganisationNumber.parse("NO", "97476067")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> OrganisationNumber.parse("NO", "97476067x")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> OrganisationNumber.parse("SE", "556074-3088")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> OrganisationNumber.parse("DK", "1".repeat(31))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> OrganisationNumber.parse("Norge", "974760673")).isInstanceOf(InvalidInput.class);
	}

	/** Property: every 8 digits with their check digit form a valid number, and any single wrong digit is caught. */
	@Test
	void mod11AcceptsEveryCheckedNumberAndCatchesEverySingleDigitError() {
		var random = new Random(20261123);
		int checked = 0;
		for (int n = 0; n < 5_000; n++) {
			var body = digits(random, 8);
			int check = OrganisationNumber.norwegianCheckDigit(body);
			if (check < 0) {
				continue; // about 1 in 11 bodies has no check digit: no such number is ever issued
			}
			var number = body + check;
			assertThat(OrganisationNumber.parse("NO", number).value()).isEqualTo(number);
			for (int position = 0; position < 9; position++) {
				var typo = withDigitShifted(number, position, 1 + random.nextInt(9));
				assertThatThrownBy(() -> OrganisationNumber.parse("NO", typo)).as(typo).isInstanceOf(InvalidInput.class);
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(4_000);
	}

	@Test
	void luhnAcceptsEveryCheckedNumberAndCatchesEverySingleDigitError() {
		var random = new Random(20261124);
		for (int n = 0; n < 5_000; n++) {
			var body = digits(random, 9);
			var number = body + OrganisationNumber.luhnCheckDigit(body);
			assertThat(OrganisationNumber.parse("SE", number).value()).isEqualTo(number);
			for (int position = 0; position < 10; position++) {
				var typo = withDigitShifted(number, position, 1 + random.nextInt(9));
				assertThatThrownBy(() -> OrganisationNumber.parse("SE", typo)).as(typo).isInstanceOf(InvalidInput.class);
			}
		}
	}

	private static String digits(Random random, int count) {
		var sb = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			sb.append((char) ('0' + random.nextInt(10)));
		}
		return sb.toString();
	}

	private static String withDigitShifted(String number, int position, int shift) {
		char[] c = number.toCharArray();
		c[position] = (char) ('0' + (c[position] - '0' + shift) % 10);
		return new String(c);
	}
}
