package org.nordcrm.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserLocaleResolverTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nb-NO,nb;q=0.9,en;q=0.8 | nb",
			"no                      | nb",
			"nn-NO                   | nb",
			"sv-SE,sv;q=0.9          | sv",
			"de-DE,sv;q=0.5          | sv",
			"en-US                   | en",
			"fr-FR                   | en",
			"x;;;garbage             | en" })
	void browserLanguageIsMappedToOneWeSpeak(String header, String expected) {
		assertThat(UserLocaleResolver.fromBrowser(header).getLanguage()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "''" })
	void noHeaderMeansBokmal(String header) {
		assertThat(UserLocaleResolver.fromBrowser(header).getLanguage()).isEqualTo("nb");
	}
}
