package org.nordcrm.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nordcrm.files.FileStorage;

/** The local-disk storage: whole objects or nothing, with checksum and size; keys cannot reach outside its directory. */
class LocalDiskStorageTest {

	@TempDir
	Path dir;

	@Test
	void storesStreamsWithSizeAndChecksum() throws Exception {
		var storage = new LocalDiskStorage(dir, Files::newOutputStream);
		var bytes = new byte[300_000];
		new java.util.Random(1).nextBytes(bytes);
		var stored = storage.put(new ByteArrayInputStream(bytes), 1_000_000);
		assertThat(stored.size()).isEqualTo(300_000);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		try (var in = storage.open(stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		storage.delete(stored.key());
		assertThatThrownBy(() -> storage.open(stored.key())).isInstanceOf(NoSuchFileException.class);
		assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void aFullDiskLeavesNoPartialFile() throws Exception {
		// the disk fills up after 100 kB have been written
		var storage = new LocalDiskStorage(dir, path -> new FilterOutputStream(Files.newOutputStream(path)) {
			long written;

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				written += len;
				if (written > 100_000) {
					throw new IOException("No space left on device");
				}
				out.write(b, off, len);
			}
		});
		assertThatThrownBy(() -> storage.put(new ByteArrayInputStream(new byte[500_000]), 1_000_000)).isInstanceOf(FileStorage.Full.class);
		assertThat(files()).isZero();
	}

	@Test
	void anOversizedUploadLeavesNothing() throws Exception {
		var storage = new LocalDiskStorage(dir, Files::newOutputStream);
		assertThatThrownBy(() -> storage.put(new ByteArrayInputStream(new byte[200_001]), 200_000)).isInstanceOf(FileStorage.TooLarge.class);
		assertThat(files()).isZero();
		assertThat(storage.put(new ByteArrayInputStream(new byte[200_000]), 200_000).size()).isEqualTo(200_000);
	}

	private long files() throws IOException {
		try (var all = Files.walk(dir)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

}
