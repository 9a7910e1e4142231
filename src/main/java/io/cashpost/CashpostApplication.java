package io.cashpost;

import io.cashpost.cli.CashpostCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cashpost: reads bank statements, matches payments to open invoices, posts the cash.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CashpostApplication {

	public static void main(String[] args) {
		System.exit(CashpostCommandLine.execute(CashpostApplication.class, args));
	}

}
