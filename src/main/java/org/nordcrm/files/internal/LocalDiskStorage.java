package org.nordcrm.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.nordcrm.files.FileProperties;
import org.nordcrm.files.FileStorage;
import org.nordcrm.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Contents as plain files under {@code nordcrm.files.dir}: {@code <first two hex digits of the key>/<key>}. An upload
 * is written to {@code tmp/} in the same directory while it is hashed and counted, then moved into place in one
 * step, so a failed or refused upload never leaves a partial object where a key could find it.
 */
@Component
public class LocalDiskStorage implements FileStorage {

	private static final Logger LOG = LoggerFactory.getLogger(LocalDiskStorage.class);
	private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** Opens where an upload is written; a seam for tests that simulate a full disk. */
	interface Sink {
		OutputStream open(Path path) throws IOException;
	}

	private final Path dir;
	private final Sink sink;

	@org.springframework.beans.factory.annotation.Autowired
	LocalDiskStorage(FileProperties properties) {
		this(properties.dir(), Files::newOutputStream);
	}

	LocalDiskStorage(Path dir, Sink sink) {
		this.dir = dir.toAbsolutePath().normalize();
		this.sink = sink;
	}

	@Override
	public Stored put(InputStream contents, long maxSize) throws IOException {
		var key = Ids.next().toString();
		var tmp = Files.createDirectories(dir.resolve("tmp")).resolve(key);
		try {
			var digest = sha256();
			long size = 0;
			try (var out = new DigestOutputStream(sink.open(tmp), digest)) {
				var buffer = new byte[64 * 1024];
				for (int n; (n = contents.read(buffer)) > 0;) {
					size += n;
					if (size > maxSize) {
						throw new TooLarge(maxSize);
					}
					out.write(buffer, 0, n);
				}
			}
			var target = path(key);
			Files.createDirectories(target.getParent());
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(key, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException e) {
			Files.deleteIfExists(tmp);
			throw e instanceof TooLarge || !FileStorage.isFull(e) ? e : new Full(e);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException e) {
			// an object left behind wastes space but breaks nothing; the key is logged to remove it by hand
			LOG.warn("Could not delete stored file {}", key, e);
		}
	}

	private Path path(String key) throws NoSuchFileException {
		if (!KEY.matcher(key).matches()) {
			throw new NoSuchFileException(key);
		}
		return dir.resolve(key.substring(key.length() - 2)).resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new UncheckedIOException(new IOException(e));
		}
	}
}
