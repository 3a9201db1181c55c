package se.stegvis.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exported files with real readers, for tests: commons-csv and the fastexcel reader. */
final class ExportFiles {

	private ExportFiles() {
	}

	/** A CSV for Swedish Excel: asserts the BOM, then parses with {@code ;}; the header row first. */
	static List<List<String>> csv(byte[] bytes) {
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8), format)) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The row whose column {@code column} equals {@code value}, as header → cell. */
	static Map<String, String> row(List<List<String>> rows, String column, String value) {
		List<String> headers = rows.get(0);
		int index = headers.indexOf(column);
		assertThat(index).as("column %s in %s", column, headers).isNotNegative();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.get(index).equals(value)) {
				Map<String, String> byHeader = new LinkedHashMap<>();
				for (int i = 0; i < headers.size(); i++) {
					byHeader.put(headers.get(i), i < row.size() ? row.get(i) : "");
				}
				return byHeader;
			}
		}
		throw new AssertionError("no row with " + column + " = " + value);
	}

	/** Every sheet of an XLSX by name, each as its rows (header first). */
	static Map<String, List<Row>> xlsx(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			Map<String, List<Row>> sheets = new LinkedHashMap<>();
			for (Sheet sheet : workbook.getSheets().toList()) {
				sheets.put(sheet.getName(), sheet.read());
			}
			return sheets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header row of a sheet as texts. */
	static List<String> headers(List<Row> rows) {
		List<String> headers = new ArrayList<>();
		Row first = rows.get(0);
		for (int i = 0; i < first.getCellCount(); i++) {
			headers.add(first.getCellText(i));
		}
		return headers;
	}

}
