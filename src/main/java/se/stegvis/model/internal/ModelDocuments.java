package se.stegvis.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.stereotype.Component;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.InvalidModelException;
import se.stegvis.model.ModelFormat;

/**
 * Reads model documents (YAML or JSON) into validated models and writes models back as documents. Reading
 * is lenient first (a raw tree) so that every problem is reported with its path; a syntax error is one
 * problem with its line and column. What {@link #write} produces, {@link #read} accepts as an equal model.
 */
@Component
public class ModelDocuments {

	/** Jackson's words for a property given twice in one object (tested in ModelValidationTest). */
	private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]+)\"");

	private final ObjectMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private final ObjectMapper prettyJson = this.json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.build();

	/**
	 * Reads and validates a document.
	 * @throws InvalidModelException with every problem found; nothing is half-read
	 */
	public AssessmentModel read(byte[] document, ModelFormat format) {
		JsonNode root = tree(document, format);
		ModelParser.Parsed parsed = ModelParser.parse(root);
		if (parsed.model() == null) {
			throw new InvalidModelException(parsed.problems());
		}
		return parsed.model();
	}

	/** The raw tree of a document, not yet validated. */
	public JsonNode tree(byte[] document, ModelFormat format) {
		Problems problems = new Problems();
		if (new String(document, StandardCharsets.UTF_8).isBlank()) {
			problems.add("", "model.problem.empty");
			throw new InvalidModelException(problems.list());
		}
		try {
			JsonNode root = mapper(format).readTree(document);
			if (root == null || root.isMissingNode() || root.isNull()) {
				problems.add("", "model.problem.empty");
				throw new InvalidModelException(problems.list());
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			int line = location == null ? 0 : location.getLineNr();
			int column = location == null ? 0 : location.getColumnNr();
			Matcher duplicate = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
			if (duplicate.find()) {
				problems.add("", "model.problem.duplicateField", duplicate.group(1), line, column);
			}
			else {
				problems.add("", "model.problem.syntax", format.name(), line, column);
			}
			throw new InvalidModelException(problems.list());
		}
	}

	/** The model as a document: pretty JSON or YAML, UTF-8. */
	public byte[] write(AssessmentModel model, ModelFormat format) {
		ObjectMapper mapper = format == ModelFormat.YAML ? this.yaml : this.prettyJson;
		return mapper.writeValueAsBytes(ModelWriter.tree(model));
	}

	/** The model as compact JSON, the form in which versions are stored. */
	public String storedForm(AssessmentModel model) {
		return this.json.writeValueAsString(ModelWriter.tree(model));
	}

	/** Reads a model from its stored form, which was valid when it was stored. */
	public AssessmentModel fromStoredForm(String document) {
		return read(document.getBytes(StandardCharsets.UTF_8), ModelFormat.JSON);
	}

	/** The normalised tree of a model, as the schema and the API see it. */
	public JsonNode normalisedTree(AssessmentModel model) {
		return ModelWriter.tree(model);
	}

	private ObjectMapper mapper(ModelFormat format) {
		return format == ModelFormat.YAML ? this.yaml : this.json;
	}

}
