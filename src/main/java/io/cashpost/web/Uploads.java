package io.cashpost.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.cashpost.intake.IntakeProperties;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * A statement uploaded over HTTP (the API or the dashboard) goes the same way as one
 * dropped in the inbox, from a folder of its own that is removed afterwards.
 */
@Component
class Uploads {

	private final StatementPipeline pipeline;

	private final IntakeProperties intake;

	Uploads(StatementPipeline pipeline, IntakeProperties intake) {
		this.pipeline = pipeline;
		this.intake = intake;
	}

	FileOutcome ingest(MultipartFile file) {
		Path dir = this.intake.incoming().resolve("upload").resolve(UUID.randomUUID().toString());
		try {
			return this.pipeline.ingest(save(file, dir), "upload");
		}
		finally {
			FileSystemUtils.deleteRecursively(dir.toFile());
		}
	}

	private static Path save(MultipartFile file, Path dir) {
		Path target = dir.resolve(safeName(file.getOriginalFilename()));
		try (InputStream in = file.getInputStream()) {
			Files.createDirectories(dir);
			Files.copy(in, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the upload: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The name without any folder a client put in it, and nothing that is not printable.
	 */
	static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}]", "")
			.strip();
		return (name.isEmpty() || name.equals(".") || name.equals("..")) ? "upload" : name;
	}

}
