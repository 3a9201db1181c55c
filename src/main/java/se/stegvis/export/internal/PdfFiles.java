package se.stegvis.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.stegvis.export.RoundExport;
import se.stegvis.model.AssessmentModel;
import se.stegvis.summary.Comparisons;

/**
 * The PDF files — the report, the one-page summary (nämndsammanfattning) and the blank questionnaire — as tagged
 * PDF/UA with the embedded DejaVu Sans (a free licence, see {@code export/fonts/LICENSE}). Thymeleaf print templates
 * ({@code templates/export/*.html}, texts from the bundles) give the XHTML that openhtmltopdf lays out; charts are the
 * application's own SVG, drawn by Batik, each with alternative text and its figures in a table.
 */
@Component
class PdfFiles {

	private static final String FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final PdfViews views;

	private final byte[] regular;

	private final byte[] bold;

	private final int comparisonWindowMonths;

	PdfFiles(ITemplateEngine templates, PdfViews views, Comparisons comparisons) {
		this.templates = templates;
		this.views = views;
		this.comparisonWindowMonths = comparisons.windowMonths();
		this.regular = font("DejaVuSans.ttf");
		this.bold = font("DejaVuSans-Bold.ttf");
	}

	byte[] report(RoundExport export, Locale locale) {
		return render("export/report", Map.of("view", this.views.report(export, locale), "windowMonths",
				this.comparisonWindowMonths), locale);
	}

	byte[] summary(RoundExport export, Locale locale) {
		return render("export/summary", Map.of("view", this.views.summary(export, locale)), locale);
	}

	byte[] questionnaire(AssessmentModel model, Locale locale) {
		return render("export/questionnaire", Map.of("view", this.views.questionnaire(model, locale)), locale);
	}

	private byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale, variables);
		context.setVariable("lang", locale.getLanguage().isEmpty() ? "sv" : locale.getLanguage());
		String xhtml = this.templates.process(template, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePdfUaAccessibility(true);
			// PDF/A-3u as well: it writes the title and language into the XMP metadata that PDF/UA checkers read.
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.regular), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(this.bold), FAMILY, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withProducer("Stegvis");
			builder.withHtmlContent(xhtml, "classpath:/export/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String name) {
		try (InputStream in = PdfFiles.class.getResourceAsStream("/export/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font " + name + " is missing from export/fonts");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
