package io.cashpost.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * N open invoices of customers with 20 to 60 each, and one day's camt.053 with N payments
 * in a realistic mix, both written straight to disk and made from the seed alone: the
 * same seed and size give the same bytes.
 * <p>
 * Each invoice is a payment slot; the statement lists the slots in a scattered order.
 * Most slots pay their invoice naming it (creditor reference, referred document, the
 * number written in the text in any form); some leave matching to the payer and the
 * amount, or pay two or three invoices of one customer at once; some are exceptions a
 * person must look at (unknown payers, amounts that do not fit, invoices paid twice, an
 * entry the bank sends twice). A slot whose invoice a combined payment already pays
 * carries a payment from a stranger or money that is no receivable.
 */
public final class PipelineScenario {

	public static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	public static final String ACCOUNT = "DE75512108001245126199";

	private static final BigDecimal OPENING = new BigDecimal("250000.00");

	private static final String[] STRANGERS = { "Privatperson Hans Albers", "Stadtwerke Irgendwo",
			"Sportverein Blau-Weiss e.V.", "Jane Doe", "Immobilienverwaltung Sued", "Cafe Central",
			"Reisebuero Sonnenschein", "Office Depot Europe" };

	private final SyntheticReceivables book;

	private final long seed;

	private final long step;

	/**
	 * @param invoices open invoices, and payments on the statement
	 * @param seed the seed
	 */
	public PipelineScenario(int invoices, long seed) {
		this.book = SyntheticReceivables.varied(invoices, 20, 60, seed);
		this.seed = seed;
		this.step = coprimeStep(invoices);
	}

	public int payments() {
		return this.book.invoices();
	}

	public int customers() {
		return this.book.customers();
	}

	/** The ERP's open items in the invoice CSV contract of {@code import-invoices}. */
	public Path writeInvoices(Path file) {
		try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,open_amount,"
					+ "discount_percent,discount_until,customer_iban,payment_reference\n");
			for (int invoice = 0; invoice < this.book.invoices(); invoice++) {
				int customer = this.book.customerOf(invoice);
				LocalDate issued = issueDate(invoice);
				boolean discount = hasDiscount(invoice);
				out.write(String.join(",", this.book.number(invoice), this.book.customerId(customer),
						"\"" + this.book.name(customer) + "\"", "EUR", this.book.amount(invoice).toPlainString(),
						issued.toString(), issued.plusDays(30).toString(), openAmount(invoice).toPlainString(),
						discount ? "2" : "", discount ? DAY.plusDays(5).toString() : "", orEmpty(knownIban(customer)),
						orEmpty(this.book.reference(invoice))));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * The day's camt.053.001.08 with one statement of every payment, in two passes: the
	 * first adds up the closing balance, which camt puts before the entries.
	 */
	public Path writeStatement(Path file) {
		BigDecimal closing = OPENING;
		for (int k = 0; k < payments(); k++) {
			closing = closing.add(payment(k).amount());
		}
		try (Camt053Writer camt = Camt053Writer.open(file, DAY, Camt053Writer.Detail.BANK)) {
			camt.startStatement("STMT-" + DAY + "-" + payments(), ACCOUNT, "EUR", DAY, OPENING, closing);
			for (int k = 0; k < payments(); k++) {
				camt.entry(payment(k));
			}
			camt.endStatement();
		}
		return file;
	}

	/** The k-th entry of the statement. */
	public StatementEntry payment(int k) {
		return slot((int) ((k * this.step + 7) % payments()), true);
	}

	private StatementEntry slot(int invoice, boolean mayRepeat) {
		int customer = this.book.customerOf(invoice);
		int position = invoice - this.book.firstInvoice(customer);
		SplittableRandom random = random(invoice, 0);
		int head = invoice - position % 4;
		int heldBy = combinedSize(head);
		if (position % 4 != 0 && position % 4 < heldBy) {
			return random.nextBoolean() ? stranger(invoice, random) : notReceivable(invoice, random);
		}
		if (heldBy > 0) {
			return combined(invoice, heldBy, random);
		}
		int kind = random.nextInt(1000);
		if (kind < 300) {
			return referenced(invoice, random);
		}
		if (kind < 350) {
			return payment(invoice, this.book.amount(invoice), payer(customer, random), null, null,
					List.of(PayerWriting.exactForm(this.book.number(invoice), random)));
		}
		if (kind < 600) {
			return byText(invoice, PayerWriting.exactForm(this.book.number(invoice), random), random);
		}
		if (kind < 680) {
			return byText(invoice, PayerWriting.shortenedForm(this.book.number(invoice), random), random);
		}
		if (kind < 700) {
			return byText(invoice, swappedDigits(this.book.number(invoice), random), random);
		}
		if (kind < 780 && knownIban(customer) != null) {
			return payment(invoice, openAmount(invoice), new Payer(payerName(customer, random), knownIban(customer)),
					PayerWriting.filler(random), null, List.of());
		}
		if (kind < 830) {
			return payment(invoice, openAmount(invoice),
					new Payer(PayerWriting.noisyName(this.book.name(customer), random), iban(random)),
					PayerWriting.filler(random), null, List.of());
		}
		return uncommon(invoice, kind, mayRepeat, random);
	}

	/** Discounts, partial, over and short payments, and the exceptions. */
	private StatementEntry uncommon(int invoice, int kind, boolean mayRepeat, SplittableRandom random) {
		BigDecimal open = openAmount(invoice);
		boolean first = invoice == this.book.firstInvoice(this.book.customerOf(invoice));
		if (kind < 850) {
			BigDecimal discount = this.book.amount(invoice).movePointLeft(2).multiply(BigDecimal.valueOf(2));
			return hasDiscount(invoice)
					? withReference(invoice, open.subtract(discount.setScale(2, RoundingMode.HALF_UP)), random)
					: referenced(invoice, random);
		}
		if (kind < 870) {
			BigDecimal share = BigDecimal.valueOf(20 + random.nextInt(60), 2);
			return withReference(invoice, open.multiply(share).setScale(0, RoundingMode.DOWN).setScale(2), random);
		}
		if (kind < 880) {
			return withReference(invoice, open.add(BigDecimal.valueOf(500 + random.nextInt(30000), 2)), random);
		}
		if (kind < 900) {
			// bank charges deducted, within the write-off tolerance (5.00 and 1 %)
			return (open.compareTo(new BigDecimal("500")) >= 0)
					? withReference(invoice, open.subtract(BigDecimal.valueOf(50 + random.nextInt(450), 2)), random)
					: referenced(invoice, random);
		}
		if (kind < 920) {
			BigDecimal share = BigDecimal.valueOf(50 + random.nextInt(40), 2);
			return payment(invoice, open.multiply(share).setScale(2, RoundingMode.HALF_UP), stranger(random),
					PayerWriting.inText(PayerWriting.exactForm(this.book.number(invoice), random), random), null,
					List.of());
		}
		if (kind < 945 || (kind < 975 && first)) {
			return stranger(invoice, random);
		}
		if (kind < 975) {
			// the customer pays the previous invoice a second time
			StatementEntry again = referenced(invoice - 1, random(invoice - 1, 1));
			return new StatementEntry(ref(invoice), "EUR", again.amount(), DAY, again.code(), again.debtorName(),
					again.debtorIban(), again.text(), again.creditorReference(), again.documents());
		}
		if (kind < 985) {
			// the bank sends the previous slot's entry again, reference and all
			return (mayRepeat && !first) ? slot(invoice - 1, false) : referenced(invoice, random);
		}
		return notReceivable(invoice, random);
	}

	/** Two or three invoices of one customer paid at once. */
	private StatementEntry combined(int invoice, int size, SplittableRandom random) {
		int customer = this.book.customerOf(invoice);
		BigDecimal total = BigDecimal.ZERO;
		List<String> numbers = new ArrayList<>();
		for (int i = invoice; i < invoice + size; i++) {
			total = total.add(openAmount(i));
			numbers.add(this.book.number(i));
		}
		Payer payer = payer(customer, random);
		return switch (random.nextInt(4)) {
			case 0 -> payment(invoice, total, payer, PayerWriting.inText(String.join(", ", numbers), random), null,
					List.of());
			case 1 -> payment(invoice, total, payer, PayerWriting.inText(siblings(numbers), random), null, List.of());
			case 2 -> payment(invoice, total, payer, null, null, numbers);
			default -> payment(invoice, total, new Payer(this.book.name(customer), knownIbanOr(customer, random)),
					PayerWriting.filler(random), null, List.of());
		};
	}

	/**
	 * How many invoices the combined payment starting at this one pays: 0 unless it is
	 * the first of four of its customer's invoices and two or three follow it.
	 */
	private int combinedSize(int invoice) {
		int customer = this.book.customerOf(invoice);
		int position = invoice - this.book.firstInvoice(customer);
		if (position % 4 != 0 || position + 2 >= this.book.invoiceCount(customer)) {
			return 0;
		}
		SplittableRandom random = random(invoice, 2);
		return (random.nextInt(1000) < 160) ? 2 + random.nextInt(2) : 0;
	}

	private StatementEntry referenced(int invoice, SplittableRandom random) {
		return withReference(invoice, openAmount(invoice), random);
	}

	/** By creditor reference where the invoice has one, else its number in the text. */
	private StatementEntry withReference(int invoice, BigDecimal amount, SplittableRandom random) {
		int customer = this.book.customerOf(invoice);
		String reference = this.book.reference(invoice);
		if (reference == null) {
			return payment(invoice, amount, payer(customer, random),
					PayerWriting.inText(PayerWriting.exactForm(this.book.number(invoice), random), random), null,
					List.of());
		}
		return payment(invoice, amount, payer(customer, random), PayerWriting.filler(random),
				PayerWriting.spaced(reference, random), List.of());
	}

	private StatementEntry byText(int invoice, String number, SplittableRandom random) {
		return payment(invoice, openAmount(invoice), payer(this.book.customerOf(invoice), random),
				PayerWriting.inText(number, random), null, List.of());
	}

	private StatementEntry stranger(int invoice, SplittableRandom random) {
		BigDecimal amount = BigDecimal.valueOf(2000 + random.nextInt(200_000), 2);
		return payment(invoice, amount, stranger(random), random.nextBoolean() ? "Miete November" : null, null,
				List.of());
	}

	/**
	 * Interest, a card acquirer's settlement, a cash-pool sweep: cash, but no receivable.
	 */
	private StatementEntry notReceivable(int invoice, SplittableRandom random) {
		int kind = random.nextInt(3);
		String[] codes = { "LDAS/FTDP/INTR", "PMNT/MCRD/POSP", "CAMT/ACCB/SWEP" };
		String[] payers = { "Hausbank AG", "Worldline Payment Services", "Cash Pool Master" };
		String[] texts = { "Habenzinsen Q3", "Card settlement batch " + invoice, "Cash concentration" };
		int[] cents = { 50_000, 5_000_000, 20_000_000 };
		return new StatementEntry(ref(invoice), "EUR", BigDecimal.valueOf(100 + random.nextInt(cents[kind]), 2), DAY,
				codes[kind], payers[kind], iban(random), texts[kind], null, List.of());
	}

	private StatementEntry payment(int invoice, BigDecimal amount, Payer payer, String text, String reference,
			List<String> documents) {
		return new StatementEntry(ref(invoice), "EUR", amount, DAY, "PMNT/RCDT/ESCT", payer.name(), payer.iban(), text,
				reference, documents);
	}

	private Payer payer(int customer, SplittableRandom random) {
		return new Payer(payerName(customer, random), knownIbanOr(customer, random));
	}

	private String payerName(int customer, SplittableRandom random) {
		String name = this.book.name(customer);
		return (random.nextInt(3) == 0) ? PayerWriting.noisyName(name, random) : name;
	}

	private String knownIbanOr(int customer, SplittableRandom random) {
		String known = knownIban(customer);
		return (known != null && random.nextBoolean()) ? known : iban(random);
	}

	private Payer stranger(SplittableRandom random) {
		return new Payer(STRANGERS[random.nextInt(STRANGERS.length)], iban(random));
	}

	/** The account six customers in ten pay from, known from the invoice import. */
	private String knownIban(int customer) {
		boolean known = new SplittableRandom(this.seed * 31 + customer).nextInt(10) < 6;
		return known ? BankIdentifiers.germanIban("50010517" + BankIdentifiers.digits(customer, 10)) : null;
	}

	/** Three invoices in a hundred were partly paid before: the rest is open. */
	private BigDecimal openAmount(int invoice) {
		BigDecimal amount = this.book.amount(invoice);
		if (random(invoice, 3).nextInt(100) >= 3 || amount.compareTo(BigDecimal.TEN) < 0) {
			return amount;
		}
		return amount.subtract(amount.movePointLeft(1).multiply(BigDecimal.valueOf(3)).setScale(2, RoundingMode.DOWN));
	}

	private boolean hasDiscount(int invoice) {
		return invoice % 10 == 3;
	}

	private LocalDate issueDate(int invoice) {
		return DAY.minusDays(5 + random(invoice, 4).nextInt(70));
	}

	private static String iban(SplittableRandom random) {
		return BankIdentifiers.germanIban("7002" + BankIdentifiers.digits(random.nextLong(100_000_000_000_000L), 14));
	}

	/** Two neighbouring digits of the serial swapped. */
	private static String swappedDigits(String number, SplittableRandom random) {
		char[] chars = number.toCharArray();
		int at = 9 + random.nextInt(chars.length - 10);
		char swap = chars[at];
		chars[at] = chars[at + 1];
		chars[at + 1] = swap;
		return new String(chars);
	}

	/** {@code INV-2026-0000120, 0000121 und 0000122}. */
	private static String siblings(List<String> numbers) {
		StringBuilder text = new StringBuilder(numbers.get(0));
		for (int i = 1; i < numbers.size(); i++) {
			text.append((i == numbers.size() - 1) ? " und " : ", ").append(numbers.get(i).substring(9));
		}
		return text.toString();
	}

	private static String ref(int invoice) {
		return "B" + BankIdentifiers.digits(invoice, 9);
	}

	/** The random draws of one invoice's slot, one stream per use ({@code salt}). */
	private SplittableRandom random(int invoice, int salt) {
		return new SplittableRandom(mix(invoice) + salt * 0x94D049BB133111EBL);
	}

	private long mix(int invoice) {
		return this.seed * 0x9E3779B97F4A7C15L + invoice * 0xBF58476D1CE4E5B9L;
	}

	/** A step that visits every slot once, scattering each customer's payments. */
	private static long coprimeStep(int size) {
		long step = 7919;
		while (BigInteger.valueOf(step).gcd(BigInteger.valueOf(size)).intValue() != 1) {
			step++;
		}
		return step;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private record Payer(String name, String iban) {

	}

}
