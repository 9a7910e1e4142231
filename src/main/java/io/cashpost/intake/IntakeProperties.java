package io.cashpost.intake;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where received files are kept.
 *
 * @param dir the intake folder: {@code archive/} holds every original unchanged,
 * {@code quarantine/} a copy of every file that failed
 */
@ConfigurationProperties("cashpost.intake")
public record IntakeProperties(@DefaultValue("./data") Path dir) {

	public Path archive() {
		return this.dir.resolve("archive");
	}

	public Path quarantine() {
		return this.dir.resolve("quarantine");
	}

}
