package org.nordcrm.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A multipart/form-data body as a browser sends it, streamed (a test file of 100 MB is never in memory). */
final class Multipart {

	static final String BOUNDARY = "nordcrm-test-boundary-7MA4YWxkTrZu0gW";

	private Multipart() {
	}

	static HttpRequest.Builder post(HttpRequest.Builder request, Map<String, String> fields, String fileName, byte[] contents) {
		return post(request, fields, fileName, () -> new ByteArrayInputStream(contents));
	}

	static HttpRequest.Builder post(HttpRequest.Builder request, Map<String, String> fields, String fileName,
			java.util.function.Supplier<InputStream> contents) {
		var head = new StringBuilder();
		fields.forEach((k, v) -> head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
			.append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
		head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName.replace("\"", "%22")).append("\"\r\nContent-Type: text/plain\r\n\r\n");
		var tail = "\r\n--" + BOUNDARY + "--\r\n";
		return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
					new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)), contents.get(),
					new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))))));
	}
}
