package se.stegvis.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import se.stegvis.model.internal.ModelDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/** The complete example in docs/model-format.md is a valid model and follows the schema, so the page stays true. */
class ModelFormatDocumentationTest {

	@Test
	void theCompleteExampleIsAValidModel() throws IOException {
		String page = Files.readString(Path.of("docs/model-format.md"), StandardCharsets.UTF_8);
		int heading = page.indexOf("## A complete example");
		int start = page.indexOf("```yaml\n", heading) + "```yaml\n".length();
		String example = page.substring(start, page.indexOf("```", start));
		AssessmentModel model = new ModelDocuments().read(example.getBytes(StandardCharsets.UTF_8), ModelFormat.YAML);
		assertThat(model.indicators()).hasSize(2);
		assertThat(model.profiles().get(0).recommendations().sv()).isEqualTo("1. Dela med er.\n2. Följ upp.");
		try (InputStream schema = getClass().getClassLoader().getResourceAsStream("models/model.schema.json")) {
			assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(schema)
				.validate(YAMLMapper.builder().build().readTree(example))).isEmpty();
		}
	}

}
