package se.stegvis.model.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import se.stegvis.model.ModelAdministration;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelState;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The built-in models are imported and published at start, once, and a broken one stops the start. */
@IntegrationTest
class BuiltInModelsTest {

	@Autowired
	BuiltInModels builtIns;

	@Autowired
	ModelCatalog catalog;

	@Autowired
	ModelAdministration administration;

	@Autowired
	ModelDocuments documents;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void builtInModelsArePublishedBySystemOnceHoweverOftenTheApplicationStarts() {
		this.builtIns.run(new DefaultApplicationArguments());
		this.builtIns.run(new DefaultApplicationArguments());
		assertThat(this.catalog.versions("stegvis-organisation")).singleElement().satisfies((v) -> {
			assertThat(v.state()).isEqualTo(ModelState.PUBLISHED);
			assertThat(v.createdBy()).isEqualTo("system");
			assertThat(v.publishedAt()).isNotNull();
		});
	}

	@Test
	void aBrokenBuiltInModelStopsTheStartNamingTheProblem() {
		BuiltInModels broken = new BuiltInModels(this.administration, this.catalog, this.documents, this.transactions,
				"classpath*:broken-models/stegvis-*.yaml");
		assertThatIllegalStateException().isThrownBy(() -> broken.run(new DefaultApplicationArguments()))
			.withMessageContaining("stegvis-broken-1.0.0.yaml")
			.withMessageContaining("indicators[0].dimension");
		assertThat(this.catalog.versions("stegvis-broken")).isEmpty();
	}

}
