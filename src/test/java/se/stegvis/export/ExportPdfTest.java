package se.stegvis.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Row;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.actionplan.TestPlans;
import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF files read with PDFBox — text, tag structure, language, embedded fonts — and compared with the summary API;
 * and the blank questionnaire. Östhammar (0382) is used by no other test.
 */
@IntegrationTest
class ExportPdfTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theReportIsATaggedSwedishPdfWithTheSummarysFigures() throws IOException {
		TestUser admin = this.users.orgAdmin("0382");
		long round = round(admin);
		Map<?, ?> summary = json(admin, "/api/v1/assessments/" + round + "/summary");

		try (PDDocument pdf = Loader.loadPDF(keep("report", bytes(admin, "/api/v1/assessments/" + round + "/report.pdf")))) {
			assertAccessible(pdf);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Östhammar", "Egenvärdering 2026", "Digital mognad i socialtjänsten")
				.contains("Totalpoäng " + figure(((Map<?, ?>) summary.get("overall")).get("score")) + " av 100")
				.contains("Styrkor", "Gap", "Handlingsplan", "Kommentarer och underlag", "Så räknar vi")
				.contains("Ta fram en strategi för välfärdsteknik")
				.contains("Strategin beslutades i nämnden")
				.as("the configured comparison window").contains("från de senaste 36 månaderna");
			assertThat(text.replace(" ", "")).as("a long link wraps inside its cell").contains(ExportApiTest.EVIDENCE);
			for (Object dimension : (List<?>) summary.get("dimensions")) {
				Object score = ((Map<?, ?>) dimension).get("score");
				if (score != null) {
					assertThat(text).contains(figure(score));
				}
			}
			Map<?, ?> national = ((List<?>) summary.get("comparisons")).stream().map(Map.class::cast)
				.filter((c) -> "NATIONAL".equals(c.get("scope"))).findFirst().orElseThrow();
			String organisations = Integer.valueOf(1).equals(national.get("n")) ? " organisation" : " organisationer";
			assertThat(text).contains("Jämförelse: " + national.get("label") + " (" + national.get("n") + organisations
					+ "), beräknad");
			List<String> tags = tags(pdf);
			assertThat(tags).contains("H1", "H2", "Table", "TH", "TD", "Figure");
			assertThat(figureAlternatives(pdf)).isNotEmpty().allSatisfy((alt) -> assertThat(alt).contains("Poäng 0–100"));
		}
	}

	@Test
	void theBoardSummaryIsOnePageWithStrongestWeakestAndPlanProgress() throws IOException {
		TestUser admin = this.users.orgAdmin("0382");
		long round = round(admin);
		Map<?, ?> summary = json(admin, "/api/v1/assessments/" + round + "/summary");

		try (PDDocument pdf = Loader.loadPDF(keep("summary", bytes(admin, "/api/v1/assessments/" + round + "/summary.pdf")))) {
			assertAccessible(pdf);
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Nämndsammanfattning", "Helhetsbild", "Tre starkaste områden", "Tre svagaste områden",
					"Hur planen går", "Ej påbörjad")
				.contains("Totalpoäng " + figure(((Map<?, ?>) summary.get("overall")).get("score")) + " av 100");
		}
	}

	@Test
	void theBlankQuestionnaireListsEveryIndicatorOfTheVersion() throws IOException {
		TestUser viewer = this.users.viewer("0382");
		Map<?, ?> model = json(viewer, "/api/v1/models/" + TestRounds.MODEL + "/versions/1.0.0");
		List<?> indicators = (List<?>) model.get("indicators");

		try (PDDocument pdf = Loader.loadPDF(keep("questionnaire",
				bytes(viewer, "/api/v1/models/" + TestRounds.MODEL + "/versions/1.0.0/questionnaire.pdf")))) {
			assertAccessible(pdf);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			for (Object indicator : indicators) {
				assertThat(text).contains("Indikator " + ((Map<?, ?>) indicator).get("key"));
			}
			assertThat(text).contains("Vet ej", "Ej relevant", "Ej planerad", "Uppnådd");
		}
		Map<String, List<Row>> sheets = ExportFiles.xlsx(this.http.get()
			.uri("/api/v1/models/{key}/versions/1.0.0/questionnaire.xlsx", TestRounds.MODEL).headers(viewer.bearer()).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
		assertThat(sheets).containsOnlyKeys("Frågeformulär", "Skala");
		assertThat(sheets.get("Frågeformulär")).hasSize(indicators.size() + 1);
		assertThat(ExportFiles.headers(sheets.get("Frågeformulär"))).contains("Indikatorns nyckel", "0 – Ej planerad", "Kommentar");

		this.http.get().uri("/api/v1/models/{key}/versions/9.9.9/questionnaire.pdf", TestRounds.MODEL).headers(viewer.bearer())
			.exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/models/no-such-model/versions/1.0.0/questionnaire.xlsx").headers(viewer.bearer())
			.exchange().expectStatus().isNotFound();
	}

	/** PDF/UA basics: tagged (MarkInfo and a structure tree), the language, the title shown, every font embedded. */
	static void assertAccessible(PDDocument pdf) throws IOException {
		assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
		assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
		assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
		assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVu");
			}
		}
	}

	static List<String> tags(PDDocument pdf) {
		List<String> tags = new ArrayList<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags, new ArrayList<>());
		return tags;
	}

	static List<String> figureAlternatives(PDDocument pdf) {
		List<String> alternatives = new ArrayList<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), alternatives);
		return alternatives;
	}

	private static void collect(PDStructureNode node, List<String> tags, List<String> figureAlternatives) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				tags.add(element.getStructureType());
				if ("Figure".equals(element.getStructureType())) {
					figureAlternatives.add(String.valueOf(element.getAlternateDescription()));
				}
				collect(element, tags, figureAlternatives);
			}
		}
	}

	/**
	 * Keeps the file and a PNG of each page in {@code target/exports/} to look at, as the browser tests keep
	 * screenshots (rendered at 60 dpi in greyscale: what a greyscale printout shows).
	 */
	static byte[] keep(String name, byte[] pdf) throws IOException {
		Path folder = Path.of("target", "exports");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < Math.min(document.getNumberOfPages(), 12); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 60, ImageType.GRAY), "png",
						folder.resolve(name + "-" + (page + 1) + ".png").toFile());
			}
		}
		return pdf;
	}

	/** A figure of the summary API (one decimal) as the files write it, with a decimal comma. */
	static String figure(Object apiFigure) {
		return String.format(java.util.Locale.ROOT, "%.1f", ((Number) apiFigure).doubleValue()).replace('.', ',');
	}

	long round(TestUser admin) {
		long round = TestRounds.group(this.http, admin, "0382");
		Map<String, Object> body = new HashMap<>();
		body.put("answer", "LEVEL");
		body.put("level", 3);
		body.put("comment", "Strategin beslutades i nämnden; se protokollet");
		body.put("evidenceUrl", ExportApiTest.EVIDENCE);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{key}", round, TestRounds.GENERAL_INDICATOR)
			.headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk();
		TestRounds.answer(this.http, admin, round, TestRounds.OTHER_GENERAL_INDICATOR, 2);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 1);
		TestPlans.item(this.http, admin, round, TestPlans.body("Ta fram en strategi för välfärdsteknik", TestRounds.GENERAL_INDICATOR));
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	Map<?, ?> json(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	byte[] bytes(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

}
