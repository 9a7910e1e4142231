package io.cashpost;

import java.time.Clock;

import io.cashpost.cli.CashpostCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Cashpost: reads bank statements, matches payments to open invoices, posts the cash.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CashpostApplication {

	public static void main(String[] args) {
		System.exit(CashpostCommandLine.execute(CashpostApplication.class, args));
	}

	/** The one source of "now": tests replace it, nothing reads the time inline. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
