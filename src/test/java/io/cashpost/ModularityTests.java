package io.cashpost;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries honest: no cycles, no reaching into another module's
 * internals. Writes the module diagram to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CashpostApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
