package io.cashpost.intake;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One SFTP server Cashpost fetches statements from. Secrets never sit in the
 * configuration: it names the environment variables that hold them.
 *
 * @param host the server
 * @param port its port
 * @param user the user to log in as
 * @param passwordEnv the environment variable holding the password
 * @param privateKeyEnv the environment variable holding the private key (OpenSSH or PEM)
 * @param privateKeyFile a file holding the private key, instead
 * @param privateKeyPassphraseEnv the environment variable holding the key's passphrase,
 * if it has one
 * @param knownHosts the {@code known_hosts} file the server's host key must be listed in:
 * a server whose key is not there, or differs, is refused
 * @param remoteDir the folder on the server to look in
 * @param pattern which files to fetch ({@code *} and {@code ?} wildcards)
 * @param afterPickup what to do with a file on the server once it was fetched
 * @param renameSuffix what {@code rename} appends to the file's name
 * @param pollInterval how often {@code serve} looks for new files
 * @param timeout how long to wait for the server
 */
public record SftpSourceProperties(@NotBlank String host, @DefaultValue("22") @Min(1) @Max(65535) int port,
		@NotBlank String user, String passwordEnv, String privateKeyEnv, Path privateKeyFile,
		String privateKeyPassphraseEnv, @NotNull Path knownHosts, @DefaultValue(".") String remoteDir,
		@DefaultValue("*") String pattern, @DefaultValue("leave") AfterPickup afterPickup,
		@DefaultValue(".done") String renameSuffix, @DefaultValue("60s") Duration pollInterval,
		@DefaultValue("30s") Duration timeout) {

	public SftpSourceProperties {
		int credentials = ((passwordEnv != null) ? 1 : 0) + ((privateKeyEnv != null) ? 1 : 0)
				+ ((privateKeyFile != null) ? 1 : 0);
		if (credentials != 1) {
			throw new IllegalArgumentException(
					"set exactly one of password-env, private-key-env or private-key-file for SFTP server " + host);
		}
		if (afterPickup == AfterPickup.RENAME && (renameSuffix == null || renameSuffix.isBlank())) {
			throw new IllegalArgumentException("after-pickup rename needs a rename-suffix for SFTP server " + host);
		}
	}

	/** What happens to a file on the server once Cashpost has fetched it. */
	public enum AfterPickup {

		/** Left as it is; the accept-once filter keeps it from being fetched again. */
		LEAVE,

		/** Renamed with the rename suffix. */
		RENAME,

		/** Deleted. */
		DELETE

	}

}
