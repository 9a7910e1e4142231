package io.cashpost.security;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every command needs to manage users, with or without the HTTP server: the token
 * generator and the password encoder.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	ApiTokens apiTokens() {
		return new ApiTokens(new SecureRandom());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
