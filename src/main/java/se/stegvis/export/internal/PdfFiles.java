package se.stegvis.export.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import se.stegvis.export.RoundExport;

/** The PDF files: the report, the one-page summary and the blank questionnaire, as tagged PDF/UA. */
@Component
class PdfFiles {

	byte[] report(RoundExport export, Locale locale) {
		throw new UnsupportedOperationException("not yet");
	}

	byte[] summary(RoundExport export, Locale locale) {
		throw new UnsupportedOperationException("not yet");
	}

}
