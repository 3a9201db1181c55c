package se.stegvis.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.export.RoundExport;
import se.stegvis.model.AssessmentModel;

/**
 * The answers and the action plan as CSV for Swedish Excel: UTF-8 with a byte order mark (else Excel reads
 * å, ä, ö as Windows-1252), {@code ;} as separator and a decimal comma, CRLF line ends.
 */
@Component
class CsvFiles {

	private static final CSVFormat SWEDISH_EXCEL = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private final ExportTexts texts;

	private final ExportRows rows;

	CsvFiles(ExportTexts texts, ExportRows rows) {
		this.texts = texts;
		this.rows = rows;
	}

	byte[] answers(RoundExport export, Locale locale) {
		return write(this.rows.answerHeaders(export, locale), this.rows.answerRows(export, locale).stream()
			.map((row) -> row.stream().map(CsvFiles::cell).toList())
			.toList());
	}

	byte[] actionItems(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		List<List<String>> lines = new ArrayList<>();
		for (ActionItem item : export.items()) {
			List<String> line = new ArrayList<>();
			for (Object cell : this.rows.itemRow(item, model, locale)) {
				line.add(cell(cell));
			}
			List<FollowUp> log = export.followUps().getOrDefault(item.id(), List.of());
			line.add(log.isEmpty() ? "" : ExportTexts.day(log.get(0).date()) + ": " + log.get(0).text());
			lines.add(line);
		}
		List<String> headers = new ArrayList<>(this.rows.itemHeaders(locale));
		headers.add(this.texts.text("export.column.latestFollowUp", locale));
		return write(headers, lines);
	}

	private static String cell(Object value) {
		if (value instanceof java.math.BigDecimal number) {
			return ExportTexts.figure(number);
		}
		return value.toString();
	}

	private static byte[] write(List<String> headers, List<List<String>> lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, SWEDISH_EXCEL)) {
			printer.printRecord(headers);
			for (List<String> line : lines) {
				printer.printRecord(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
