package io.cashpost.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.cashpost.intake.FileRecord;
import io.cashpost.intake.IntakeProperties;
import io.cashpost.intake.ReceivedFiles;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /files} (and {@code /api/files}): a statement uploaded as multipart part
 * {@code file} goes the same way as one dropped in the inbox: registered by its SHA-256,
 * archived, read, matched and posted, or quarantined, or refused as a duplicate. Answers
 * {@code 201} with the outcome when ingested, {@code 409} when refused, {@code 422} when
 * quarantined. {@code GET /files} lists deliveries like the {@code files} command;
 * {@code GET /api/files} pages them like every list of the API. TREASURY.
 */
@RestController
@Tag(name = "Files", description = "Deliveries and upload (TREASURY)")
class FilesController {

	private final StatementPipeline pipeline;

	private final ReceivedFiles files;

	private final IntakeProperties intake;

	FilesController(StatementPipeline pipeline, ReceivedFiles files, IntakeProperties intake) {
		this.pipeline = pipeline;
		this.files = files;
		this.intake = intake;
	}

	@PostMapping(path = { "/files", "/api/files" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a statement: 201 ingested, 409 refused as a duplicate, 422 quarantined")
	ResponseEntity<FileOutcome> upload(@RequestPart("file") MultipartFile file) {
		Path dir = this.intake.incoming().resolve("upload").resolve(UUID.randomUUID().toString());
		try {
			Path received = save(file, dir);
			FileOutcome outcome = this.pipeline.ingest(received, "upload");
			HttpStatus status = switch (outcome.status()) {
				case "ingested" -> HttpStatus.CREATED;
				case "refused" -> HttpStatus.CONFLICT;
				default -> HttpStatus.UNPROCESSABLE_ENTITY;
			};
			return ResponseEntity.status(status).body(outcome);
		}
		finally {
			FileSystemUtils.deleteRecursively(dir.toFile());
		}
	}

	@GetMapping("/files")
	@Operation(summary = "Deliveries, newest first, as the files command lists them (a plain array)")
	List<FileRecord> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "50") int limit) {
		return this.files.recent(status, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping(path = "/api/files", produces = { "application/json", "text/csv" })
	@Operation(summary = "Deliveries, newest first, with status and reason, paged")
	Page<FileRecord> page(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		int offset = Offsets.of(paging);
		List<FileRecord> recent = this.files.recent(status, offset + paging.fetch());
		return Offsets.page(recent, offset, paging, FileRecord.class);
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
