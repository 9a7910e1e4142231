package io.cashpost.remittance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the advices' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemittanceProperties.class)
class RemittanceConfiguration {

}
