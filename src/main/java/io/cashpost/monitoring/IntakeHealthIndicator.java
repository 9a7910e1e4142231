package io.cashpost.monitoring;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cashpost.intake.IntakeProperties;
import io.cashpost.intake.SftpSourceProperties;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code intake} health group: the folders files land in can be written, and every
 * SFTP server answers on its port. Only the port is tried (no sign-in), so a check costs
 * a connection, not a session; whether the credentials still work the pollers' logs and
 * the {@code files} list tell.
 */
@Component("intakeSources")
class IntakeHealthIndicator extends AbstractHealthIndicator {

	private final IntakeProperties intake;

	private final MonitoringProperties properties;

	IntakeHealthIndicator(IntakeProperties intake, MonitoringProperties properties) {
		super("the intake sources could not be checked");
		this.intake = intake;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, String> sources = new LinkedHashMap<>();
		boolean up = true;
		for (Map.Entry<String, Path> folder : Map
			.of("inbox", this.intake.inboxDir(), "archive", this.intake.archive(), "incoming", this.intake.incoming())
			.entrySet()) {
			String problem = folderProblem(folder.getValue());
			sources.put(folder.getKey(), (problem == null) ? "writable" : problem);
			up &= problem == null;
		}
		for (Map.Entry<String, SftpSourceProperties> sftp : this.intake.sftp().entrySet()) {
			String problem = portProblem(sftp.getValue().host(), sftp.getValue().port());
			sources.put("sftp:" + sftp.getKey(), (problem == null) ? "reachable" : problem);
			up &= problem == null;
		}
		builder.status(up ? "UP" : "DOWN").withDetails(new java.util.TreeMap<>(sources));
	}

	/** A folder that does not exist yet is fine when it can be made: intake makes it. */
	private static String folderProblem(Path folder) {
		Path existing = folder.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
			return "not writable: " + folder;
		}
		return null;
	}

	private String portProblem(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) this.properties.sourceTimeout().toMillis());
			return null;
		}
		catch (IOException ex) {
			return "unreachable: " + host + ":" + port + " (" + ex.getMessage() + ")";
		}
	}

}
