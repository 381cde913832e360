package org.nordcrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.nordcrm.bench.data.NordicData;
import org.nordcrm.bench.data.Vocabulary;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.search.SearchText;
import org.nordcrm.shared.PhoneNumbers;

/** The benchmark's data generator makes data the application accepts, and makes it the same way every time. */
class NordicDataTest {

	private final NordicData data = new NordicData(42);

	@Test
	void companiesAreValidUniqueAndRealistic() {
		var numbers = new HashSet<String>();
		int norwegian = 0;
		var allNames = new StringBuilder();
		for (long i = 0; i < 20_000; i++) {
			var c = data.company(i);
			var parsed = OrganisationNumber.parse(c.country(), c.organisationNumber());
			assertThat(numbers.add(c.country() + parsed.value())).as("unique organisation number %s", c).isTrue();
			assertThat(PhoneNumbers.normalise(c.phone(), c.country())).as(c.phone()).isPresent();
			assertThat(c.email()).matches("[a-z]+@[a-z0-9-]+\\.(no|se)");
			assertThat(c.employees()).isBetween(1, 5000);
			norwegian += c.country().equals("NO") ? 1 : 0;
			allNames.append(c.name()).append(c.city());
		}
		assertThat(norwegian).isBetween(13_500, 14_500);
		assertThat(allNames.toString()).contains("ø", "å", "æ", "ö", "ä");
	}

	@Test
	void organisationNumbersStayUniqueAcrossTheWholeRange() {
		// sample the far end of the range, where a weak mapping would start repeating
		var numbers = new HashSet<String>();
		LongStream.range(NordicData.MAX_COMPANIES - 50_000, NordicData.MAX_COMPANIES)
			.mapToObj(data::company)
			.forEach(c -> assertThat(numbers.add(c.country() + c.organisationNumber())).isTrue());
	}

	@Test
	void peopleBelongToExistingCompaniesAndHaveUsableAddresses() {
		for (long i = 0; i < 5_000; i++) {
			var p = data.person(i, 1_000);
			assertThat(p.companyIndex()).isBetween(0L, 999L);
			assertThat(p.country()).isEqualTo(data.company(p.companyIndex()).country());
			assertThat(p.email()).matches("[a-z-]+\\.[a-z-]+@[a-z0-9-]+\\.(no|se)");
			assertThat(PhoneNumbers.normalise(p.mobile(), p.country())).as(p.mobile()).isPresent();
			assertThat(p.birthDate().getYear()).isBetween(1950, 2002);
		}
	}

	@Test
	void sameSeedSameData() {
		assertThat(new NordicData(42).company(123_456)).isEqualTo(data.company(123_456));
		assertThat(new NordicData(42).person(7, 100)).isEqualTo(data.person(7, 100));
		assertThat(new NordicData(43).company(123_456)).isNotEqualTo(data.company(123_456));
	}

	@Test
	void aVocabularyGivesAboutThatManyDistinctNameWords() {
		var words = new Vocabulary(20_000, 42);
		var folded = new HashSet<String>();
		for (int i = 0; i < 14_000; i++) {
			assertThat(folded.add(SearchText.fold(words.norwegian(i)))).as(words.norwegian(i)).isTrue();
		}
		for (int i = 0; i < 6_000; i++) {
			assertThat(folded.add(SearchText.fold(words.swedish(i)))).as(words.swedish(i)).isTrue();
		}
		assertThat(folded).allMatch(w -> w.matches("[a-z]{4,}"));
		// spread over the alphabet, not the first combinations in order
		assertThat(folded.stream().map(w -> w.charAt(0)).distinct().count()).isGreaterThan(12);

		var vocabulary = new NordicData(42, 20_000);
		assertThat(vocabulary.vocabulary()).isEqualTo(20_000);
		var lastNames = new HashSet<String>();
		for (long i = 0; i < 50_000; i++) {
			var p = vocabulary.person(i, 10_000);
			lastNames.add(SearchText.fold(p.lastName()));
			assertThat(p.email()).matches("[a-z-]+\\.[a-z-]+@[a-z0-9-]+\\.(no|se)");
		}
		// 25 000 draws from the vocabulary cover most of it; the common surnames stay common
		assertThat(lastNames.size()).isBetween(14_000, 20_200);
		assertThat(new NordicData(42, 20_000).person(7, 100)).isEqualTo(vocabulary.person(7, 100));
		// without a vocabulary, the data is what it always was
		assertThat(new NordicData(42, 0).person(7, 100)).isEqualTo(data.person(7, 100));
	}

	@Test
	void typoChangesTheTextByOneEdit() {
		var r = new SplittableRandom(1);
		for (int i = 0; i < 1_000; i++) {
			var typo = NordicData.typo("Haugesund", r);
			assertThat(typo).startsWith("H");
			assertThat(Math.abs(typo.length() - "Haugesund".length())).isLessThanOrEqualTo(1);
		}
		assertThat(NordicData.ascii("Ødegård Bygg & Rør")).isEqualTo("odegard-bygg-ror");
		assertThat(NordicData.ascii("Sæther Öberg")).isEqualTo("saether-oberg");
	}
}
