package io.cashpost.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.CashpostWebTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.LedgerWriter;
import io.cashpost.security.Role;
import io.cashpost.security.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless browser (Debian's chromium and chromium-driver): a
 * treasury user signs in, accepts a suggestion on the exception page, and sees the
 * customer's balance and the worklist change. Screenshots go to
 * {@code target/screenshots/}. Skipped, saying so, where no browser is installed; the
 * driver is never downloaded.
 */
@CashpostWebTest
class DashboardBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@TempDir
	Path profile;

	WebDriver browser;

	long exception;

	@BeforeEach
	void browserAndLedger() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"no browser installed: the dashboard test needs Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) at " + CHROMIUM + " and " + CHROMEDRIVER);
		TestDatabase.clear(this.jdbc);
		this.users.add("t.kraus", Role.TREASURY, "test");
		this.users.setPassword("t.kraus", "correct horse battery staple");
		ledger();
		Files.createDirectories(SCREENSHOTS);
		this.browser = chromium();
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void acceptingASuggestionChangesTheCustomersBalanceAndTheWorklist() throws IOException {
		signIn("t.kraus", "correct horse battery staple");
		WebElement aging = wait(By.cssSelector(".chart[data-source='aging-data'][data-drawn]"));
		assertThat(aging.getAttribute("data-drawn")).isNotEqualTo("0");
		assertThat(this.browser.findElements(By.cssSelector(".chart svg"))).isNotEmpty();
		wait(By.cssSelector(".chart[data-source='dso-data'][data-drawn]"));
		assertThat(labelsOutsideTheirChart()).as("chart labels drawn beyond the chart's edge").isEmpty();
		screenshot("overview");

		open("/worklist");
		WebElement berg = row("C-2");
		assertThat(berg.getAttribute("class")).contains("blocked");
		assertThat(berg.getText()).contains("payment received, being applied — do not chase");
		screenshot("worklist-before");

		open("/customers/C-2");
		assertThat(balance("EUR")).isEqualTo("1,400.00");
		open("/exceptions");
		this.browser.findElement(By.cssSelector("tr[data-exception='" + this.exception + "'] button.accept")).click();
		assertThat(wait(By.id("flash-message")).getText()).contains("exception " + this.exception + " resolved")
			.contains("by t.kraus");
		screenshot("exceptions-after");

		open("/customers/C-2");
		assertThat(balance("EUR")).isEqualTo("1,000.00");
		assertThat(this.browser.findElement(By.id("payments")).getText()).contains("INV-3").contains("manual");
		screenshot("customer");

		open("/worklist");
		WebElement after = row("C-2");
		assertThat(after.getAttribute("class")).doesNotContain("blocked");
		assertThat(after.getText()).contains("paid today: INV-3 paid");
		screenshot("worklist-after");
	}

	@Test
	void aWrongPasswordKeepsTheUserOut() {
		signIn("t.kraus", "not the password");
		assertThat(this.browser.getCurrentUrl()).contains("/login?error");
		open("/worklist");
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	/**
	 * Three customers with overdue invoices, four months of invoices paid about on time
	 * (so the charts have a history), and a payment nobody could place that suggests Van
	 * der Berg's overdue invoice.
	 */
	private void ledger() {
		LocalDate today = LocalDate.now(this.clock);
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.customer("C-1", "Müller Maschinenbau GmbH")
			.customer("C-2", "Van der Berg Logistiek B.V.")
			.customer("C-3", "Alpine Werkzeuge AG");
		ledger.invoice("INV-1", "C-1", "EUR", "12400.00", today.minusDays(75), today.minusDays(45));
		ledger.invoice("INV-2", "C-1", "EUR", "3150.00", today.minusDays(20), today.plusDays(10));
		ledger.invoice("INV-3", "C-2", "EUR", "400.00", today.minusDays(50), today.minusDays(20));
		ledger.invoice("INV-4", "C-2", "EUR", "1000.00", today.minusDays(10), today.plusDays(20));
		ledger.invoice("INV-5", "C-3", "EUR", "5200.00", today.minusDays(160), today.minusDays(130));
		ledger.invoice("INV-6", "C-3", "EUR", "2750.00", today.minusDays(100), today.minusDays(70));
		String[] customers = { "C-1", "C-3" };
		for (int i = 0; i < 40; i++) {
			LocalDate issued = today.minusDays(3L * i + 1);
			String number = "INV-H" + (100 + i);
			String amount = (1000 + (i * 137) % 900) + ".00";
			ledger.invoice(number, customers[i % 2], "EUR", amount, issued, issued.plusDays(30));
			LocalDate paid = issued.plusDays(24 + (i * 7) % 15);
			if (paid.isBefore(today)) {
				ledger.pay(number, amount, ledger.noon(paid));
			}
		}
		ledger.pay("INV-6", "750.00", this.clock.instant());
		this.exception = ledger.unplacedSuggesting("400.00", "EUR", "VAN DER BERG LOGISTIEK", "INV-3", "C-2",
				this.clock.instant());
		// today's statement brought these: the data is fresh
		this.jdbc.sql("update statement_file set received_at = now(), ingested_at = now()").update();
	}

	private WebDriver chromium() {
		// the driver is Debian's, never one Selenium would download
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	private void signIn(String name, String password) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/login"));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private WebElement wait(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	private WebElement row(String customerId) {
		return wait(By.cssSelector("#worklist tr[data-customer='" + customerId + "']"));
	}

	private String balance(String currency) {
		return wait(By.cssSelector(".tile[data-currency='" + currency + "'] .balance-open")).getText();
	}

	/**
	 * The text of every chart label whose box reaches beyond its chart's drawing area.
	 */
	@SuppressWarnings("unchecked")
	private List<String> labelsOutsideTheirChart() {
		return (List<String>) ((JavascriptExecutor) this.browser).executeScript("""
				var outside = [];
				document.querySelectorAll('.chart svg').forEach(function (svg) {
				  var width = svg.viewBox.baseVal.width;
				  svg.querySelectorAll('text').forEach(function (text) {
				    var box = text.getBBox();
				    if (box.x < 0 || box.x + box.width > width) { outside.push(text.textContent); }
				  });
				});
				return outside;
				""");
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
