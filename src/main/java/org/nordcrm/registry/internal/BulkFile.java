package org.nordcrm.registry.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.shared.InvalidInput;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the register's full download ({@code enheter_alle.json.gz}: one JSON array of units; or the CSV variant
 * with dotted column names such as {@code forretningsadresse.kommunenummer}), gzipped or not, one unit at a time:
 * never the whole file in memory. A broken or cut-off file stops with a message naming where.
 */
final class BulkFile {

	// one unit is read at a time from the array: what follows it is the next unit, not a trailing token
	private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private BulkFile() {
	}

	/** Hands each unit of the file to {@code each}, in file order; returns how many were read. */
	static long read(Path path, Consumer<RegisterUnit> each) {
		var name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		try (var in = open(path)) {
			return name.endsWith(".csv") || name.endsWith(".csv.gz") ? csv(in, each) : json(in, each);
		}
		catch (IOException | UncheckedIOException e) {
			throw InvalidInput.of("path", "registry.bulk.error.unreadable", String.valueOf(e.getMessage()));
		}
	}

	private static InputStream open(Path path) throws IOException {
		var in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
	}

	private static long json(InputStream in, Consumer<RegisterUnit> each) {
		long n = 0;
		try (var p = JSON.createParser(in)) {
			if (p.nextToken() != JsonToken.START_ARRAY) {
				throw InvalidInput.of("path", "registry.bulk.error.notArray");
			}
			JsonToken t;
			while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
				if (t == null) {
					throw InvalidInput.of("path", "registry.bulk.error.truncated", n);
				}
				if (t != JsonToken.START_OBJECT) {
					var at = p.currentTokenLocation();
					throw InvalidInput.of("path", "registry.bulk.error.malformed", n + 1, at.getLineNr(), at.getColumnNr());
				}
				JsonNode node = JSON.readTree(p);
				var unit = UnitReader.unit(node);
				if (unit == null) {
					var at = p.currentTokenLocation();
					throw InvalidInput.of("path", "registry.bulk.error.notUnit", n + 1, at.getLineNr(), at.getColumnNr());
				}
				n++;
				each.accept(unit);
			}
			return n;
		}
		catch (JacksonException e) {
			if (e.getCause() instanceof IOException || e.getMessage() != null && e.getMessage().contains("end-of-input")) {
				throw InvalidInput.of("path", "registry.bulk.error.truncated", n);
			}
			var at = e.getLocation();
			throw InvalidInput.of("path", "registry.bulk.error.malformed", n + 1, at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr());
		}
	}

	private static long csv(InputStream in, Consumer<RegisterUnit> each) throws IOException {
		long n = 0;
		try (var reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String[] header = null;
			for (CsvRecord row : reader) {
				if (header == null) {
					header = row.getFields().stream().map(h -> h.replace("\uFEFF", "").strip()).toArray(String[]::new);
					if (!java.util.Arrays.asList(header).contains("organisasjonsnummer")) {
						throw InvalidInput.of("path", "registry.bulk.error.csvHeader");
					}
					continue;
				}
				if (row.getFieldCount() != header.length) {
					throw InvalidInput.of("path", "registry.bulk.error.csvRow", row.getStartingLineNumber(),
							row.getFieldCount(), header.length);
				}
				var unit = UnitReader.unit(node(header, row));
				if (unit == null) {
					throw InvalidInput.of("path", "registry.bulk.error.csvRow", row.getStartingLineNumber(),
							row.getFieldCount(), header.length);
				}
				n++;
				each.accept(unit);
			}
		}
		catch (de.siegmar.fastcsv.reader.CsvParseException e) {
			throw InvalidInput.of("path", "registry.bulk.error.truncated", n);
		}
		return n;
	}

	/** A CSV row as the JSON of a unit: "forretningsadresse.kommunenummer" becomes a nested field. */
	private static JsonNode node(String[] header, CsvRecord row) {
		ObjectNode root = JSON.createObjectNode();
		for (int i = 0; i < header.length; i++) {
			var value = row.getField(i);
			if (value.isEmpty()) {
				continue;
			}
			var path = header[i].split("\\.");
			if (path.length == 0) {
				continue; // a header of dots only names no field
			}
			var at = root;
			for (int k = 0; k < path.length - 1; k++) {
				var child = at.get(path[k]);
				at = child instanceof ObjectNode o ? o : at.putObject(path[k]);
			}
			var leaf = path[path.length - 1];
			if (leaf.equals("adresse")) {
				var lines = at.putArray(leaf);
				for (var line : value.split("\\R|, ")) {
					lines.add(line);
				}
			}
			else if (leaf.equals("antallAnsatte") && value.matches("\\d{1,9}")) {
				at.put(leaf, Integer.parseInt(value));
			}
			else if (value.equals("true") || value.equals("false")) {
				at.put(leaf, Boolean.parseBoolean(value));
			}
			else {
				at.put(leaf, value);
			}
		}
		return root;
	}
}
