package se.stegvis;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's public types only; a reach into another's {@code internal} fails here. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StegvisApplication.class);

	@Test
	void featuresOnlyUseEachOthersPublicTypes() {
		this.modules.verify();
	}

}
