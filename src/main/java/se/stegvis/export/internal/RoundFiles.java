package se.stegvis.export.internal;

import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.stegvis.export.RoundExport;
import se.stegvis.export.RoundExports;
import se.stegvis.summary.ComparisonScope;

/** The files of a round, the same whether the API or a page asks; each gathered once from {@link RoundExports}. */
@Component
class RoundFiles {

	/** A file of a round: its name ending and content type, and how it is written. */
	enum Kind {

		REPORT_PDF("rapport.pdf", "application/pdf"), SUMMARY_PDF("sammanfattning.pdf", "application/pdf"),
		XLSX("export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		ANSWERS_CSV("svar.csv", "text/csv;charset=UTF-8"), ACTION_ITEMS_CSV("atgarder.csv", "text/csv;charset=UTF-8");

		final String fileName;

		final MediaType mediaType;

		Kind(String fileName, String mediaType) {
			this.fileName = fileName;
			this.mediaType = MediaType.parseMediaType(mediaType);
		}

	}

	private final RoundExports exports;

	private final CsvFiles csv;

	private final XlsxFiles xlsx;

	private final PdfFiles pdf;

	RoundFiles(RoundExports exports, CsvFiles csv, XlsxFiles xlsx, PdfFiles pdf) {
		this.exports = exports;
		this.csv = csv;
		this.xlsx = xlsx;
		this.pdf = pdf;
	}

	ResponseEntity<byte[]> file(long roundId, Kind kind, @Nullable ComparisonScope comparison, Locale locale) {
		RoundExport export = this.exports.export(roundId, comparison);
		BiFunction<RoundExport, Locale, byte[]> writer = switch (kind) {
			case REPORT_PDF -> this.pdf::report;
			case SUMMARY_PDF -> this.pdf::summary;
			case XLSX -> this.xlsx::round;
			case ANSWERS_CSV -> this.csv::answers;
			case ACTION_ITEMS_CSV -> this.csv::actionItems;
		};
		return download(writer.apply(export, locale), kind.mediaType, "stegvis-omgang-" + roundId + "-" + kind.fileName);
	}

	ExportJson json(long roundId, @Nullable ComparisonScope comparison, Locale locale) {
		return ExportJson.of(this.exports.export(roundId, comparison), locale);
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/**
	 * The comparison named by the summary page's choice (riket, lanet, kommungruppen, huvudgruppen), as its
	 * download links pass it on; anything else shows the national one, as the page does by default.
	 */
	static @Nullable ComparisonScope pageChoice(@Nullable String choice) {
		if (choice == null) {
			return null;
		}
		return switch (choice) {
			case "lanet" -> ComparisonScope.REGION;
			case "kommungruppen" -> ComparisonScope.MUNICIPALITY_GROUP;
			case "huvudgruppen" -> ComparisonScope.MUNICIPALITY_MAIN_GROUP;
			default -> ComparisonScope.NATIONAL;
		};
	}

}
