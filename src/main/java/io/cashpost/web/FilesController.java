package io.cashpost.web;

import java.util.List;

import io.cashpost.intake.FileRecord;
import io.cashpost.intake.ReceivedFiles;
import io.cashpost.job.FileOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final Uploads uploads;

	private final ReceivedFiles files;

	FilesController(Uploads uploads, ReceivedFiles files) {
		this.uploads = uploads;
		this.files = files;
	}

	@PostMapping(path = { "/files", "/api/files" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a statement: 201 ingested, 409 refused as a duplicate, 422 quarantined")
	ResponseEntity<FileOutcome> upload(@RequestPart("file") MultipartFile file) {
		FileOutcome outcome = this.uploads.ingest(file);
		HttpStatus status = switch (outcome.status()) {
			case "ingested" -> HttpStatus.CREATED;
			case "refused" -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
		return ResponseEntity.status(status).body(outcome);
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

}
