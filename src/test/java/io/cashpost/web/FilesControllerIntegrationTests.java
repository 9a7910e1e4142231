package io.cashpost.web;

import java.nio.file.Files;
import java.nio.file.Path;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.job.CamtStatementBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upload goes the same way as the inbox: ingested, refused as a duplicate, quarantined.
 */
@CashpostIntegrationTest
class FilesControllerIntegrationTests {

	@Autowired
	FilesController files;

	@Autowired
	JobsController jobs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		TestDatabase.clear(this.jdbc);
		this.mvc = MockMvcBuilders.standaloneSetup(this.files, this.jobs).build();
	}

	@Test
	void anUploadIsIngestedThenRefusedAsADuplicateAndACorruptOneIsQuarantined() throws Exception {
		byte[] statement = Files.readAllBytes(CamtStatementBuilder.statement("STMT-UP")
			.creditWithText("U1", "10.00", "Somebody", "hello")
			.writeTo(this.dir, "up.xml"));

		this.mvc.perform(multipart("/files").file(new MockMultipartFile("file", "../../up.xml", "text/xml", statement)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("up.xml"))
			.andExpect(jsonPath("$.entries").value(1));
		this.mvc.perform(multipart("/files").file(new MockMultipartFile("file", "again.xml", "text/xml", statement)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value("refused"));
		this.mvc
			.perform(multipart("/files")
				.file(new MockMultipartFile("file", "junk.xml", "text/xml", "not a statement".getBytes())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.startsWith("junk.xml")));

		this.mvc.perform(get("/files").param("status", "refused"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fileName").value("again.xml"))
			.andExpect(jsonPath("$[0].source").value("upload"));
		assertThat(
				this.jdbc.sql("select count(*) from statement_file where source = 'upload'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void anUnknownJobIsABadRequest() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/jobs/nope/runs"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("unknown job 'nope'")));
	}

	@Test
	void namesFromClientsLoseTheirFolders() {
		assertThat(Uploads.safeName("C:\\Users\\x\\bank.xml")).isEqualTo("bank.xml");
		assertThat(Uploads.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Uploads.safeName("..")).isEqualTo("upload");
		assertThat(Uploads.safeName(null)).isEqualTo("upload");
	}

}
