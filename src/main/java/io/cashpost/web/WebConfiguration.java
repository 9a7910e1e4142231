package io.cashpost.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** CSV for every list of the API. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	CsvListingConverter csvListingConverter() {
		return new CsvListingConverter();
	}

}
