package org.nordcrm.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportProperties;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Uploaded files on disk under {@code nordcrm.imports.dir}, one folder per tenant, kept until their import ends. A
 * file is counted while it is written and refused as soon as it passes the limit, so a 2 GB upload never lands.
 */
@Component
public class ImportFiles {

	private final ImportProperties properties;

	ImportFiles(ImportProperties properties) {
		this.properties = properties;
	}

	/** Streams the upload into a temporary file of the tenant's folder; refused over the size limit. */
	public Path receive(InputStream content) {
		try {
			var dir = dir();
			Files.createDirectories(dir);
			var tmp = Files.createTempFile(dir, "upload-", ".tmp");
			long limit = properties.maxSize().toBytes();
			try (var in = content; var out = Files.newOutputStream(tmp)) {
				byte[] buf = new byte[1 << 16];
				long total = 0;
				int n;
				while ((n = in.read(buf)) > 0) {
					total += n;
					if (total > limit) {
						throw InvalidInput.of(SourceFile.FIELD, "import.error.tooLarge", readable(limit));
					}
					out.write(buf, 0, n);
				}
			}
			catch (RuntimeException | IOException e) {
				Files.deleteIfExists(tmp);
				throw e;
			}
			return tmp;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Moves a received file to the name of its import. */
	public Path keep(Path received, ImportId id) {
		try {
			return Files.move(received, path(id), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path path(ImportId id) {
		return dir().resolve(id + ".dat");
	}

	public boolean exists(ImportId id) {
		return Files.exists(path(id));
	}

	public void delete(Path file) {
		ImportRunner.deleteQuietly(file);
	}

	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	private Path dir() {
		return properties.dir().resolve(TenantContext.require().toString());
	}

	/** "1 GB", "500 KB": a size as people read it. */
	public static String readable(long bytes) {
		if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
			return (bytes >> 30) + " GB";
		}
		if (bytes >= 1L << 20) {
			return (bytes >> 20) + " MB";
		}
		return Math.max(1, bytes >> 10) + " KB";
	}
}
