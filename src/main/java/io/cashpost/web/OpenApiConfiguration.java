package io.cashpost.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: what the API is and how to authenticate (a bearer token
 * from {@code cashpost user add}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI cashpostOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Cashpost")
				.version("1")
				.description("Balances, aging, worklist, payment feed, exception queue, files and jobs. "
						+ "Amounts are decimal strings beside their currency; dates ISO-8601; errors RFC 9457 "
						+ "problem details; lists page with limit and cursor (or after) and answer CSV to "
						+ "Accept: text/csv."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("a token from: java -jar cashpost.jar user add NAME --role ROLE")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
