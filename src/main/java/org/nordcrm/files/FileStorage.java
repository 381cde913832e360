package org.nordcrm.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where file contents live. The default keeps them on local disk under the data directory; an S3-compatible object
 * store (for several application nodes) is another implementation of this interface. Contents are always streamed,
 * never held in memory whole. Keys are made by the storage and mean nothing outside it.
 */
public interface FileStorage {

	/** What {@link #put} stored. */
	record Stored(String key, long size, String sha256) {
	}

	/**
	 * Stores a stream to its end, computing size and SHA-256 on the way; the object appears whole or not at all.
	 *
	 * @throws TooLarge after more than {@code maxSize} bytes (nothing is kept)
	 * @throws Full when the store has no room (nothing is kept)
	 */
	Stored put(InputStream contents, long maxSize) throws IOException;

	InputStream open(String key) throws IOException;

	/** Removes an object; a missing one is no error. */
	void delete(String key);

	/** Whether an I/O error means the store is full (a full disk or disk quota), whichever implementation raised it. */
	static boolean isFull(Throwable e) {
		for (var t = e; t != null; t = t.getCause()) {
			var message = t.getMessage();
			if (t instanceof Full || message != null && (message.contains("No space left") || message.contains("Disk quota exceeded"))) {
				return true;
			}
		}
		return false;
	}

	/** The upload is over the size limit. */
	class TooLarge extends IOException {

		public TooLarge(long maxSize) {
			super("more than " + maxSize + " bytes");
		}
	}

	/** The store is out of space (a full disk). */
	class Full extends IOException {

		public Full(Throwable cause) {
			super("storage full", cause);
		}
	}
}
