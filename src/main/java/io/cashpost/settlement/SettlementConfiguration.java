package io.cashpost.settlement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settlement readers with the configured column mappings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettlementProperties.class)
class SettlementConfiguration {

	@Bean
	SettlementFiles settlementFiles(SettlementProperties properties) {
		return SettlementFiles.with(properties.mappings());
	}

}
