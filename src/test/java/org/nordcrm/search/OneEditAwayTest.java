package org.nordcrm.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The variants a typed word is looked up by when it may hold a typo. */
class OneEditAwayTest {

	@Test
	void undoesOneLetterLeftOutAddedReplacedOrSwappedButNeverTheFirst() {
		assertThat(SearchIndex.oneEditAway("hasne")).as("swapped").contains("hanse");
		assertThat(SearchIndex.oneEditAway("hanen")).as("left out").contains("hansen");
		assertThat(SearchIndex.oneEditAway("hannsen")).as("added").contains("hansen");
		assertThat(SearchIndex.oneEditAway("hamsen")).as("replaced").contains("hansen");
		assertThat(SearchIndex.oneEditAway("hansen")).doesNotContain("hansen", "bansen", "ahnsen")
			.allMatch(v -> v.startsWith("h"));
		// about 55 per letter: a few hundred btree ranges for a typed beginning
		assertThat(SearchIndex.oneEditAway("kjust")).hasSizeBetween(200, 260);
	}
}
