package se.stegvis.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest model document Stegvis accepts ({@code stegvis.models.max-document-size}, 5 MiB by default):
 * the largest real model is a few hundred kilobytes, and a bigger body is refused before it is parsed.
 */
@Component
class ModelDocumentLimit {

	private final DataSize limit;

	ModelDocumentLimit(@Value("${stegvis.models.max-document-size:5MB}") DataSize limit) {
		this.limit = limit;
	}

	long bytes() {
		return this.limit.toBytes();
	}

	/** The limit for people, e.g. {@code 5}, in MiB. */
	long megabytes() {
		return this.limit.toMegabytes();
	}

	boolean exceededBy(long size) {
		return size > bytes();
	}

	/**
	 * Reads a body, but never more than the limit.
	 * @throws DocumentTooLargeException when the body is larger
	 */
	byte[] read(InputStream body) {
		try {
			byte[] bytes = body.readNBytes(Math.toIntExact(bytes() + 1));
			if (exceededBy(bytes.length)) {
				throw new DocumentTooLargeException();
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A model document above the limit: nothing was read further, nothing stored (413). */
	static class DocumentTooLargeException extends RuntimeException {

		DocumentTooLargeException() {
			super("The model document is larger than the limit");
		}

	}

}
