package se.stegvis.web.internal;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response whose flushes wait for the end of the request, when the container sends what is buffered (see
 * {@code WebConfiguration#unflushedResponseFilter}). Writing is unchanged: a buffer that fills is still sent.
 */
final class UnflushedResponse extends HttpServletResponseWrapper {

	private @Nullable PrintWriter writer;

	private @Nullable ServletOutputStream stream;

	UnflushedResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void flushBuffer() {
		// Sent when the request ends.
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(super.getWriter()) {

				@Override
				public void flush() {
					// Sent when the request ends.
				}

			};
		}
		return this.writer;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			ServletOutputStream delegate = super.getOutputStream();
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					delegate.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					delegate.write(bytes, offset, length);
				}

				@Override
				public void flush() {
					// Sent when the request ends.
				}

				@Override
				public void close() throws IOException {
					delegate.close();
				}

				@Override
				public boolean isReady() {
					return delegate.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					delegate.setWriteListener(listener);
				}

			};
		}
		return this.stream;
	}

}
