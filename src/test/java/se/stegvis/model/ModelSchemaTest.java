package se.stegvis.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.stegvis.model.internal.ModelDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema {@code models/model.schema.json} accepts every built-in model (whatever files the
 * built-in pattern finds), the test model and the documents Stegvis writes, and refuses what the format
 * does not allow.
 */
class ModelSchemaTest {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Schema schema = schema();

	static Stream<String> builtInModels() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:models/stegvis-*.yaml");
		return Arrays.stream(resources).map(Resource::getFilename);
	}

	@Test
	void theOrganisationModelIsAmongTheBuiltInModels() throws IOException {
		assertThat(builtInModels()).contains("stegvis-organisation-1.0.0.yaml");
	}

	@ParameterizedTest
	@MethodSource("builtInModels")
	void everyBuiltInModelFollowsTheSchema(String file) {
		assertThat(errors(read("models/" + file))).isEmpty();
	}

	@Test
	void theTestModelFollowsTheSchema() {
		assertThat(errors(TestModels.tree())).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("builtInModels")
	void whatStegvisWritesFollowsTheSchema(String file) {
		ModelDocuments documents = new ModelDocuments();
		AssessmentModel model = documents.read(TestModels.resource("models/" + file), ModelFormat.YAML);
		assertThat(errors(documents.normalisedTree(model))).isEmpty();
		assertThat(errors(documents.normalisedTree(documents.read(TestModels.yaml(), ModelFormat.YAML)))).isEmpty();
	}

	@Test
	void theSchemaRefusesWhatTheFormatDoesNotAllow() {
		ObjectNode tree = TestModels.tree();
		((ObjectNode) tree.get("title")).remove("sv");
		TestModels.activity(tree, 0, 2).put("fromLevel", 0);
		TestModels.activity(tree, 1, 0).remove("toLevel");
		TestModels.indicator(tree, 2).put("dimesion", "USE");
		((ObjectNode) tree.get("profiles").get(0).get("when").get(0)).put("scope", "CELL");
		tree.put("version", "1.0");
		assertThat(errors(tree)).extracting(Error::getInstanceLocation).map(Object::toString)
			.containsExactlyInAnyOrder("/version", "/title", "/indicators/0/activities/2", "/indicators/1/activities/0",
					"/indicators/2", "/profiles/0/when/0/scope");
	}

	private List<Error> errors(JsonNode document) {
		return this.schema.validate(document);
	}

	private static JsonNode read(String path) {
		return YAML.readTree(TestModels.resource(path));
	}

	private static Schema schema() {
		try (InputStream in = ModelSchemaTest.class.getClassLoader().getResourceAsStream("models/model.schema.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
