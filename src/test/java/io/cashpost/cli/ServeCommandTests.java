package io.cashpost.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTests {

	@Test
	void serveTurnsTheWebServerOnOverApplicationProperties() {
		assertThat(CashpostCommandLine.serveArgs(new String[] { "serve", "--server.port=9090" }))
			.containsExactly("serve", "--server.port=9090", "--spring.main.web-application-type=servlet");
	}

	@Test
	void theHttpServerListensOnThisMachineAloneByDefault() throws Exception {
		java.util.Properties properties = new java.util.Properties();
		try (var in = ServeCommandTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		assertThat(properties.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(properties.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}

}
