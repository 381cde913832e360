package org.nordcrm.exports.internal;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Writes one file: a header, then rows as they come, then the end. */
public interface TableWriter {

	void header(List<String> headers) throws IOException;

	void row(@Nullable Object[] values) throws IOException;

	void finish() throws IOException;
}
