package org.nordcrm.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FileNamesTest {

	@Test
	void namesLoseTheirPathsControlCharactersAndDots() {
		assertThat(FileNames.sanitise("../../etc/passwd", "file")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\Users\\kari\\tilbud.docx", "file")).isEqualTo("tilbud.docx");
		assertThat(FileNames.sanitise("..", "file")).isEqualTo("file");
		assertThat(FileNames.sanitise("a..b...pdf", "file")).isEqualTo("a.b.pdf");
		assertThat(FileNames.sanitise(" .skjult\t\n ", "file")).isEqualTo("skjult");
		assertThat(FileNames.sanitise("faktura\u202Efdp.exe", "file")).isEqualTo("fakturafdp.exe");
		assertThat(FileNames.sanitise("spørsmål: hvorfor?.txt", "file")).isEqualTo("spørsmål_ hvorfor_.txt");
		assertThat(FileNames.sanitise("👩‍👩‍👧 familie.jpg", "file")).isEqualTo("👩‍👩‍👧 familie.jpg");
	}

	@Test
	void longNamesKeepTheirExtensionAndWholeEmoji() {
		var name = FileNames.sanitise("😀".repeat(300) + ".pdf", "file");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(255);
		assertThat(name).endsWith("😀.pdf");
	}

	@Test
	void takenNamesAreNumbered() {
		assertThat(FileNames.unique("a.txt", Set.of())).isEqualTo("a.txt");
		assertThat(FileNames.unique("a.txt", Set.of("a.txt", "a (2).txt"))).isEqualTo("a (3).txt");
		assertThat(FileNames.unique("README", Set.of("readme"))).isEqualTo("README (2)");
		var longName = "x".repeat(251) + ".pdf";
		var numbered = FileNames.unique(longName, Set.of(longName));
		assertThat(numbered).hasSize(255).endsWith("x (2).pdf");
	}
}
