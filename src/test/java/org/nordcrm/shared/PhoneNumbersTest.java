package org.nordcrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"912 34 567          | NO | +4791234567",
			"+47 912 34 567      | SE | +4791234567",
			"0047-91234567       | NO | +4791234567",
			"(+47) 91-23-45-67   | NO | +4791234567",
			"22 33 44 55         | NO | +4722334455",
			"070-123 45 67       | SE | +46701234567",
			"+46 (0)70 123 45 67 | NO | +46701234567",
			"08-123 456 78       | SE | +46812345678" })
	void anyWritingGivesOneForm(String written, String region, String e164) {
		assertThat(PhoneNumbers.normalise(written, region)).hasValue(e164);
	}

	@ParameterizedTest
	@CsvSource({ "'abc', NO", "'12', NO", "'+47 1', NO", "' ', SE" })
	void notAPhoneNumber(String written, String region) {
		assertThat(PhoneNumbers.normalise(written, region)).isEmpty();
	}

	/** Property: what is shown, in either country, reads back to the same number. */
	@Test
	void displayAndNationalDigitsReadBackToTheSameNumber() {
		var random = new Random(47);
		for (int n = 0; n < 2_000; n++) {
			int mobile = 40_000_000 + random.nextInt(60_000_000);
			var e164 = PhoneNumbers.normalise(String.valueOf(mobile), "NO").orElseThrow();
			assertThat(PhoneNumbers.normalise(PhoneNumbers.display(e164, "NO"), "NO")).hasValue(e164);
			assertThat(PhoneNumbers.normalise(PhoneNumbers.display(e164, "SE"), "SE")).hasValue(e164);
			assertThat(PhoneNumbers.nationalDigits(e164)).isEqualTo(String.valueOf(mobile));
		}
	}
}
