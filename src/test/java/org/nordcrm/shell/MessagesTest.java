package org.nordcrm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible text comes from the message files, in all three languages: a key missing in one language, a key
 * used but defined nowhere, or literal text in a template fails the build.
 */
class MessagesTest {

	static final Path MESSAGES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final List<String> LANGUAGES = List.of("", "_nb", "_sv");
	// attributes people read (screen readers included)
	static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "data-confirm");
	// the same word in English and bokmål; language names are written in their own language everywhere
	static final Set<String> SAME_IN_ALL = Set.of("role.ADMIN");
	static final Pattern LETTERS = Pattern.compile("\\p{L}");

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		var english = load("").stringPropertyNames();
		for (var lang : LANGUAGES) {
			var keys = load(lang);
			assertThat(keys.stringPropertyNames()).as("keys of messages%s.properties", lang).isEqualTo(english);
			assertThat(keys.stringPropertyNames()).allSatisfy(k -> assertThat(keys.getProperty(k)).as(k + " in " + lang).isNotBlank());
		}
	}

	@Test
	void translationsAreNotLeftInEnglish() throws IOException {
		var en = load("");
		for (var lang : List.of("_nb", "_sv")) {
			var other = load(lang);
			var same = en.stringPropertyNames().stream()
				.filter(k -> !SAME_IN_ALL.contains(k) && !k.startsWith("language."))
				.filter(k -> en.getProperty(k).length() > 12 && en.getProperty(k).equals(other.getProperty(k)))
				.toList();
			assertThat(same).as("untranslated in " + lang).isEmpty();
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		var defined = load("").stringPropertyNames();
		var used = new TreeSet<String>();
		var templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
		for (var file : files(TEMPLATES, ".html")) {
			templateKey.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
		}
		var codeKey = Pattern.compile("\"((?:user|password|login|error|auth|token|tokens|validation|problem|search|http|format|company|register|numberSeries|settings|category)\\.[\\w.]+)\"");
		for (var file : files(Path.of("src/main/java"), ".java")) {
			codeKey.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
		}
		assertThat(used).isNotEmpty();
		assertThat(used.stream().filter(k -> !defined.contains(k) && !k.endsWith(".")).toList()).as("keys used but not defined").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		for (var file : files(TEMPLATES, ".html")) {
			var doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element e : doc.getAllElements()) {
				if (e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("svg")) {
					continue;
				}
				boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert");
				if (!replaced && LETTERS.matcher(e.ownText()).find()) {
					problems.add(file + ": <" + e.tagName() + "> text \"" + e.ownText().strip() + "\"");
				}
				for (var attr : e.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attr.getKey()) && LETTERS.matcher(attr.getValue()).find()) {
						problems.add(file + ": <" + e.tagName() + "> " + attr.getKey() + "=\"" + attr.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates: use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void theTestNoticesLiteralText() {
		var doc = Jsoup.parse("<p>Hello</p><input placeholder=\"Name\"><p th:text=\"#{x}\">ok</p>", "", Parser.xmlParser());
		var texts = doc.getAllElements().stream()
			.filter(e -> !e.hasAttr("th:text") && LETTERS.matcher(e.ownText()).find()).count();
		assertThat(texts).isEqualTo(1);
		assertThat(LETTERS.matcher(doc.selectFirst("input").attr("placeholder")).find()).isTrue();
	}

	static Properties load(String suffix) throws IOException {
		var p = new Properties();
		try (Reader r = Files.newBufferedReader(MESSAGES.resolve("messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(f -> f.toString().endsWith(suffix)).toList();
		}
	}
}
