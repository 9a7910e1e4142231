package io.cashpost.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.cashpost.benchmark.BankIdentifiers;
import io.cashpost.benchmark.PayerWriting;
import io.cashpost.benchmark.RemittanceBlock;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.matching.MatchingScenario.Allocation;
import io.cashpost.matching.MatchingScenario.Customer;
import io.cashpost.matching.MatchingScenario.Entry;
import io.cashpost.matching.MatchingScenario.Expected;
import io.cashpost.matching.MatchingScenario.GeneratedInvoice;
import io.cashpost.matching.MatchingScenario.Truth;

/**
 * Generates realistic, noisy cash-application cases with the truth beside each payment:
 * references in every form people write them, typing slips, combined payments, discounts
 * on time and late, bank charges deducted, third-party payers, partial and over payments,
 * unknown payers, duplicate amounts, wrong currency, invoices paid twice, debits and
 * credits that are no receivables. Deterministic for a seed.
 * <p>
 * Every case gets its own customer, with a few further open invoices that the payment
 * must not be mistaken for, so that each truth stands on its own. Background customers
 * fill the index to the size asked for. In a crowded scenario, cases share a pool of
 * customers that each end up with at least so many open invoices (40 and more, as
 * utilities and wholesalers see), and the truth of every payment the amount has to decide
 * is judged against all of its customer's open invoices ({@link AmountJudge}).
 */
final class MatchingCaseGenerator {

	static final LocalDate DAY_1 = LocalDate.of(2026, 11, 20);

	static final LocalDate DAY_2 = LocalDate.of(2026, 11, 21);

	/** Case types and how many of each per unit of scale, in the order generated. */
	static final Map<String, Integer> DISTRIBUTION = distribution();

	private static final String[] SURNAMES = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
			"Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
			"Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Van der Berg",
			"De Vries", "Janssen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Lefèvre", "Dubois",
			"Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Andersson",
			"Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Jørgensen", "Kowalski", "Nowak", "Rossi",
			"Russo", "Ferrari", "Esposito", "García", "Fernández", "López", "Martínez", "Smith", "Jones", "Taylor",
			"Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "Özdemir",
			"Yılmaz", "Novák", "Horváth", "Popescu", "Petrov", "Nielsen", "Virtanen", "Korhonen", "Haas", "Gruber",
			"Huber", "Steiner", "Moser", "Brunner", "Keller", "Frei" };

	private static final String[] TRADES = { "Maschinenbau", "Logistik", "Logistiek", "Elektrotechnik", "Holzbau",
			"Metallbau", "Werkzeuge", "Automotive", "Baustoffe", "Haustechnik", "Transporte", "Verpackungen",
			"Kunststofftechnik", "Feinmechanik", "Medizintechnik", "Agrarhandel", "Lebensmittel", "Getränke",
			"Industrieservice", "Anlagenbau", "Systems", "Solutions", "Consulting", "Engineering", "Trading",
			"Distribution", "Components", "Hydraulics", "Textiles", "Furniture", "Printing", "Packaging", "Robotics",
			"Timber", "Chemicals", "Pharma", "Optics", "Marine", "Aerospace", "Foods", "Interiors", "Installations" };

	private static final String[] FORMS = { "GmbH", "GmbH & Co. KG", "AG", "KG", "B.V.", "N.V.", "S.A.", "SARL",
			"S.A.S.", "AB", "A/S", "Oy", "Ltd", "Limited", "Inc.", "LLC", "S.r.l.", "S.p.A.", "sp. z o.o.", "s.r.o." };

	private static final String[] THIRD_PARTIES = { "Deutsche Factoring Bank", "Euro Payment Services", "ABN Treasury",
			"Global Pay Solutions", "Holding Nord", "Konzern Zentralkasse", "Shared Service Center Europe",
			"Sammelzahler Verwaltung" };

	private static final String[] STRANGERS = { "Privatperson Hans Albers", "Stadtwerke Irgendwo",
			"Sportverein Blau-Weiss e.V.", "Jane Doe", "Immobilienverwaltung Süd", "Cafe Central",
			"Office Depot Europe", "Amazon Payments Europe", "Finanzamt Mitte", "Reisebüro Sonnenschein" };

	private static final String TYPO = "\u0000typo:";

	private static final String[] DEDUCTION_CODES = { "DAMG", "PRIC", "FRGT", "PROM", "QNTY" };

	/** A deduction's text and the reason Cashpost's default words read from it. */
	private static final String[][] DEDUCTION_TEXTS = { { "damaged_goods", "2 Paletten beschädigt angeliefert" },
			{ "damaged_goods", "Goods arrived damaged, see claim" }, { "pricing", "Preisdifferenz lt. Vereinbarung" },
			{ "pricing", "Price difference to purchase order" }, { "freight", "Frachtkosten nicht vereinbart" },
			{ "freight", "Freight charged twice" }, { "promotion", "Werbekostenzuschuss Q4" },
			{ "promotion", "Promotion allowance November" }, { "unexplained", null },
			{ "unexplained", "siehe Schreiben vom 12.11." } };

	private final Random random;

	private final int scale;

	private final int backgroundInvoices;

	/** Open invoices each pooled customer gets at least, or 0: each case its own. */
	private final int crowd;

	private final List<Customer> pooledWithAccount = new ArrayList<>();

	private final List<Customer> pooled = new ArrayList<>();

	/** What the amount of a payment must decide, judged once every invoice exists. */
	private final List<Claim> claims = new ArrayList<>();

	/**
	 * Per-case background invoices are skipped in a crowded scenario: the pool has them.
	 */
	private boolean fillingPool;

	private final List<Customer> customers = new ArrayList<>();

	private final List<GeneratedInvoice> invoices = new ArrayList<>();

	private final List<Entry> day1 = new ArrayList<>();

	private final List<Entry> day2 = new ArrayList<>();

	private final List<Entry> day2First = new ArrayList<>();

	private final List<Entry> day2Last = new ArrayList<>();

	private final Map<String, Truth> truth = new LinkedHashMap<>();

	private final Set<String> names = new HashSet<>();

	private final Set<String> keys = new HashSet<>();

	private final Map<String, String> ownAccounts = new LinkedHashMap<>();

	private int customerSeq;

	private int invoiceSeq;

	private int entrySeq;

	/**
	 * @param seed the seed: the same seed gives the same scenario
	 * @param scale how many of each case type (times the distribution)
	 * @param backgroundInvoices open invoices of customers that pay nothing, filling the
	 * index
	 */
	MatchingCaseGenerator(long seed, int scale, int backgroundInvoices) {
		this(seed, scale, backgroundInvoices, 0);
	}

	/**
	 * @param crowd open invoices each customer has at least (cases then share customers),
	 * or 0 for a customer of its own per case
	 */
	MatchingCaseGenerator(long seed, int scale, int backgroundInvoices, int crowd) {
		this.random = new Random(seed);
		this.scale = scale;
		this.backgroundInvoices = backgroundInvoices;
		this.crowd = crowd;
		this.ownAccounts.put("EUR", "DE75512108001245126199");
		this.ownAccounts.put("USD", "DE24512108001245126200");
		this.ownAccounts.put("EUR2", "DE02512108001245126201");
	}

	MatchingScenario generate() {
		if (this.crowd > 0) {
			createPool();
		}
		Map<String, Consumer<String>> generators = generators();
		for (Map.Entry<String, Integer> type : DISTRIBUTION.entrySet()) {
			for (int i = 0; i < type.getValue() * this.scale; i++) {
				generators.get(type.getKey()).accept(type.getKey());
			}
		}
		if (this.crowd > 0) {
			fillPool();
		}
		int background = 0;
		while (background < this.backgroundInvoices) {
			Customer customer = customer(this.random.nextInt(3) == 0);
			background += background(customer, 1 + this.random.nextInt(10)).size();
		}
		judgeAmounts();
		writeTypos(this.day1);
		Collections.shuffle(this.day1, this.random);
		Collections.shuffle(this.day2, this.random);
		List<Entry> entries = new ArrayList<>(this.day1);
		entries.addAll(this.day2First);
		entries.addAll(this.day2);
		entries.addAll(this.day2Last);
		return new MatchingScenario(this.customers, this.invoices, entries, this.truth, this.ownAccounts);
	}

	/**
	 * Typing slips are made once all invoices exist, so that no slip makes the number of
	 * an invoice generated later.
	 */
	private void writeTypos(List<Entry> entries) {
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.text() != null && entry.text().startsWith(TYPO)) {
				String text = inText(typo(entry.text().substring(TYPO.length())));
				entries.set(i,
						new Entry(entry.ref(), entry.day(), entry.currency(), entry.amount(), entry.valueDate(),
								entry.code(), entry.debtorName(), entry.debtorIban(), text, entry.creditorReference(),
								entry.documents(), entry.lines()));
			}
		}
	}

	private Map<String, Consumer<String>> generators() {
		Map<String, Consumer<String>> generators = new LinkedHashMap<>();
		generators.put("structured_reference", this::structuredReference);
		generators.put("referred_document", this::referredDocument);
		generators.put("text_exact", this::textExact);
		generators.put("text_shortened", this::textShortened);
		generators.put("text_typo", this::textTypo);
		generators.put("combined", this::combined);
		generators.put("payer_account_amount", this::payerAccountAmount);
		generators.put("payer_name_amount", this::payerNameAmount);
		generators.put("payer_subset_sum", this::payerSubsetSum);
		generators.put("learnt_account", this::learntAccount);
		generators.put("discount_on_time", this::discountOnTime);
		generators.put("discount_late", this::discountLate);
		generators.put("bank_charges", this::bankCharges);
		generators.put("partial", this::partial);
		generators.put("overpayment", this::overpayment);
		generators.put("third_party", this::thirdParty);
		generators.put("unknown_payer", this::unknownPayer);
		generators.put("duplicate_amount", this::duplicateAmount);
		generators.put("wrong_currency", this::wrongCurrency);
		generators.put("paid_twice", this::paidTwice);
		generators.put("typo_names_other_invoice", this::typoNamesOtherInvoice);
		generators.put("text_amount_mismatch", this::textAmountMismatch);
		generators.put("debit", this::debit);
		generators.put("non_receivable_credit", this::nonReceivableCredit);
		generators.put("remittance_deduction_coded", (type) -> remittanceDeduction(type, true));
		generators.put("remittance_deduction_text", (type) -> remittanceDeduction(type, false));
		generators.put("remittance_write_off", this::remittanceWriteOff);
		generators.put("remittance_credit_note", this::remittanceCreditNote);
		generators.put("remittance_not_adding_up", this::remittanceNotAddingUp);
		generators.put("credit_note_in_text", this::creditNoteInText);
		generators.put("credit_note_payer_combination", this::creditNotePayerCombination);
		return generators;
	}

	private static Map<String, Integer> distribution() {
		Map<String, Integer> distribution = new LinkedHashMap<>();
		distribution.put("structured_reference", 20);
		distribution.put("referred_document", 8);
		distribution.put("text_exact", 25);
		distribution.put("text_shortened", 12);
		distribution.put("text_typo", 10);
		distribution.put("combined", 10);
		distribution.put("payer_account_amount", 15);
		distribution.put("payer_name_amount", 12);
		distribution.put("payer_subset_sum", 8);
		distribution.put("learnt_account", 6);
		distribution.put("discount_on_time", 10);
		distribution.put("discount_late", 5);
		distribution.put("bank_charges", 10);
		distribution.put("partial", 8);
		distribution.put("overpayment", 6);
		distribution.put("third_party", 6);
		distribution.put("unknown_payer", 8);
		distribution.put("duplicate_amount", 8);
		distribution.put("wrong_currency", 4);
		distribution.put("paid_twice", 5);
		distribution.put("typo_names_other_invoice", 4);
		distribution.put("text_amount_mismatch", 4);
		distribution.put("debit", 10);
		distribution.put("non_receivable_credit", 8);
		// Business customers' structured remittance, a line per invoice (generated last,
		// so
		// that the cases above stay as they were for a seed).
		distribution.put("remittance_deduction_coded", 4);
		distribution.put("remittance_deduction_text", 3);
		distribution.put("remittance_write_off", 2);
		distribution.put("remittance_credit_note", 3);
		distribution.put("remittance_not_adding_up", 2);
		distribution.put("credit_note_in_text", 2);
		distribution.put("credit_note_payer_combination", 2);
		return Collections.unmodifiableMap(distribution);
	}

	// ---- cases with enough evidence

	private void structuredReference(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), true);
		background(customer, this.random.nextInt(5));
		String reference = spaced(invoice.paymentReference());
		credit(type, 1, invoice.amount(), payerName(customer), payerIban(customer), filler(), reference, List.of(),
				auto(invoice));
	}

	private void referredDocument(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), false);
		background(customer, this.random.nextInt(5));
		credit(type, 1, invoice.amount(), payerName(customer), payerIban(customer), null, null,
				List.of(exactForm(invoice.number())), auto(invoice));
	}

	private void textExact(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), this.random.nextBoolean());
		background(customer, this.random.nextInt(5));
		credit(type, 1, invoice.amount(), payerName(customer), payerIban(customer), inText(exactForm(invoice.number())),
				null, List.of(), auto(invoice));
	}

	private void textShortened(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), false);
		background(customer, this.random.nextInt(5));
		credit(type, 1, invoice.amount(), payerName(customer), payerIban(customer),
				inText(shortenedForm(invoice.number())), null, List.of(), auto(invoice));
	}

	private void textTypo(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), false);
		background(customer, this.random.nextInt(5));
		credit(type, 1, invoice.amount(), payerName(customer), payerIban(customer), TYPO + invoice.number(), null,
				List.of(), auto(invoice));
	}

	private void combined(String type) {
		Customer customer = customer(this.random.nextBoolean());
		int count = 2 + this.random.nextInt(3);
		List<GeneratedInvoice> paid = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			paid.add(invoice(customer, amount(), false));
		}
		background(customer, this.random.nextInt(4));
		BigDecimal total = paid.stream().map(GeneratedInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<String> numbers = paid.stream().map(GeneratedInvoice::number).toList();
		Truth expected = truth(type, Expected.AUTO, paid.stream().map(Allocation::full).toList(), BigDecimal.ZERO);
		switch (this.random.nextInt(3)) {
			case 0 -> credit(type, 1, total, payerName(customer), payerIban(customer),
					inText(String.join(", ", numbers)), null, List.of(), expected);
			case 1 -> credit(type, 1, total, payerName(customer), payerIban(customer), inText(siblings(numbers)), null,
					List.of(), expected);
			default -> credit(type, 1, total, payerName(customer), payerIban(customer), null, null, numbers, expected);
		}
	}

	private void payerAccountAmount(String type) {
		Customer customer = customer(true);
		GeneratedInvoice invoice = invoice(customer, amount(), false);
		background(customer, 1 + this.random.nextInt(5));
		Entry entry = credit(type, 1, invoice.amount(), payerName(customer), customer.importedIban(), filler(), null,
				List.of(), auto(invoice));
		claim(entry, Claim.PAYER, customer, List.of(invoice));
	}

	private void payerNameAmount(String type) {
		Customer customer = customer(false);
		GeneratedInvoice invoice = invoice(customer, amount(), false);
		background(customer, 1 + this.random.nextInt(5));
		Entry entry = credit(type, 1, invoice.amount(), noisyName(customer.name()), iban(), filler(), null, List.of(),
				auto(invoice));
		claim(entry, Claim.PAYER, customer, List.of(invoice));
	}

	private void payerSubsetSum(String type) {
		Customer customer = customer(true);
		List<GeneratedInvoice> open = new ArrayList<>();
		int count = 2 + this.random.nextInt(2);
		for (int i = 0; i < count; i++) {
			open.add(invoice(customer, amount(), false));
		}
		List<GeneratedInvoice> paid = List.copyOf(open);
		open.addAll(background(customer, 1 + this.random.nextInt(4)));
		BigDecimal total = paid.stream().map(GeneratedInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		Entry entry = credit(type, 1, total, payerName(customer), customer.importedIban(), filler(), null, List.of(),
				truth(type, Expected.AUTO, paid.stream().map(Allocation::full).toList(), BigDecimal.ZERO));
		claim(entry, Claim.PAYER, customer, paid);
	}

	/**
	 * A customer pays from an account nobody knew, naming the invoice; later the same day
	 * it pays another invoice from that account without naming it.
	 */
	private void learntAccount(String type) {
		Customer customer = customer(false);
		GeneratedInvoice first = invoice(customer, amount(), true);
		GeneratedInvoice second = invoice(customer, amount(), false);
		background(customer, this.random.nextInt(4));
		String account = iban();
		String holding = THIRD_PARTIES[this.random.nextInt(THIRD_PARTIES.length)];
		this.day2First.add(entry("structured_reference", 2, first.amount(), holding, account, null,
				first.paymentReference(), List.of(), auto("structured_reference", first)));
		Entry entry = entry(type, 2, second.amount(), holding, account, filler(), null, List.of(), auto(type, second));
		this.day2Last.add(entry);
		claim(entry, Claim.PAYER, customer, List.of(second));
	}

	private void discountOnTime(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = discounted(customer, DAY_1.plusDays(this.random.nextInt(6)));
		background(customer, this.random.nextInt(4));
		BigDecimal discount = invoice.discount();
		Allocation allocation = new Allocation(invoice.number(), invoice.amount().subtract(discount), discount,
				BigDecimal.ZERO);
		boolean structured = this.random.nextBoolean();
		Entry entry = credit(type, 1, invoice.amount().subtract(discount), payerName(customer), payerIban(customer),
				structured ? null : inText(exactForm(invoice.number())), structured ? invoice.paymentReference() : null,
				List.of(), truth(type, Expected.AUTO, List.of(allocation), BigDecimal.ZERO));
		claim(entry, structured ? Claim.NONE : Claim.NAMED, customer, List.of(invoice));
	}

	private void discountLate(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = discounted(customer, DAY_1.minusDays(1 + this.random.nextInt(3)));
		background(customer, this.random.nextInt(4));
		BigDecimal paid = invoice.amount().subtract(invoice.discount());
		Entry entry = credit(type, 1, paid, payerName(customer), payerIban(customer), filler(),
				invoice.paymentReference(), List.of(),
				truth(type, Expected.AUTO,
						List.of(new Allocation(invoice.number(), paid, BigDecimal.ZERO, BigDecimal.ZERO)),
						BigDecimal.ZERO));
		claim(entry, Claim.NAMED, customer, List.of(invoice));
	}

	private void bankCharges(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amountBetween(500, 20000), true);
		background(customer, this.random.nextInt(4));
		BigDecimal charges = BigDecimal.valueOf(50 + this.random.nextInt(450), 2);
		BigDecimal paid = invoice.amount().subtract(charges);
		boolean structured = this.random.nextBoolean();
		Entry entry = credit(type, 1, paid, payerName(customer), payerIban(customer),
				structured ? filler() : inText(exactForm(invoice.number())),
				structured ? invoice.paymentReference() : null, List.of(), truth(type, Expected.AUTO,
						List.of(new Allocation(invoice.number(), paid, BigDecimal.ZERO, charges)), BigDecimal.ZERO));
		claim(entry, structured ? Claim.NONE : Claim.NAMED, customer, List.of(invoice));
	}

	private void partial(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amountBetween(400, 25000), true);
		background(customer, this.random.nextInt(4));
		BigDecimal paid = invoice.amount()
			.multiply(BigDecimal.valueOf(20 + this.random.nextInt(60), 2))
			.setScale(0, RoundingMode.DOWN)
			.setScale(2);
		Entry entry = credit(type, 1, paid, payerName(customer), payerIban(customer), filler(),
				spaced(invoice.paymentReference()), List.of(),
				truth(type, Expected.AUTO,
						List.of(new Allocation(invoice.number(), paid, BigDecimal.ZERO, BigDecimal.ZERO)),
						BigDecimal.ZERO));
		claim(entry, Claim.NAMED, customer, List.of(invoice));
	}

	private void overpayment(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), true);
		background(customer, this.random.nextInt(4));
		BigDecimal extra = BigDecimal.valueOf(500 + this.random.nextInt(30000), 2);
		Entry entry = credit(type, 1, invoice.amount().add(extra), payerName(customer), payerIban(customer), filler(),
				invoice.paymentReference(), List.of(),
				truth(type, Expected.AUTO, List.of(Allocation.full(invoice)), extra));
		claim(entry, Claim.NAMED, customer, List.of(invoice));
	}

	private void thirdParty(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), true);
		background(customer, this.random.nextInt(4));
		String payer = THIRD_PARTIES[this.random.nextInt(THIRD_PARTIES.length)];
		boolean structured = this.random.nextBoolean();
		credit(type, 1, invoice.amount(), payer, iban(), structured ? "for " + customer.name() : null,
				structured ? invoice.paymentReference() : null, structured ? List.of() : List.of(invoice.number()),
				auto(invoice));
	}

	// ---- cases without enough evidence: a person must decide

	private void unknownPayer(String type) {
		Customer customer = customer(this.random.nextBoolean());
		background(customer, 1 + this.random.nextInt(4));
		String stranger = STRANGERS[this.random.nextInt(STRANGERS.length)];
		credit(type, 1, amount(), stranger, iban(), this.random.nextBoolean() ? "Miete November" : filler(), null,
				List.of(), exception(type));
	}

	private void duplicateAmount(String type) {
		BigDecimal amount = BigDecimal.valueOf(100 * (1 + this.random.nextInt(40)), 0).setScale(2);
		if (this.random.nextBoolean()) {
			Customer customer = customer(true);
			invoice(customer, amount, false);
			invoice(customer, amount, false);
			background(customer, this.random.nextInt(3));
			credit(type, 1, amount, payerName(customer), customer.importedIban(), filler(), null, List.of(),
					exception(type));
		}
		else {
			Customer one = customer(false);
			Customer two = customerOtherThan(one, false);
			invoice(one, amount, false);
			invoice(two, amount, false);
			String stranger = STRANGERS[this.random.nextInt(STRANGERS.length)];
			credit(type, 1, amount, stranger, iban(), filler(), null, List.of(), exception(type));
		}
	}

	private void wrongCurrency(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), true);
		background(customer, this.random.nextInt(3));
		this.day1.add(entry(type, 1, "USD", invoice.amount(), payerName(customer), payerIban(customer), null,
				invoice.paymentReference(), List.of(), exception(type)));
	}

	private void paidTwice(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoice(customer, amount(), true);
		background(customer, this.random.nextInt(3));
		credit("structured_reference", 1, invoice.amount(), payerName(customer), payerIban(customer), null,
				invoice.paymentReference(), List.of(), auto("structured_reference", invoice));
		this.day2.add(entry(type, 2, invoice.amount(), payerName(customer), payerIban(customer), null,
				invoice.paymentReference(), List.of(), exception(type)));
	}

	/** The payer slips and writes the number of another open invoice, paying its own. */
	private void typoNamesOtherInvoice(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice meant = invoice(customer, amount(), false);
		GeneratedInvoice written = invoice(customerOtherThan(customer, false), amount(), false);
		background(customer, this.random.nextInt(3));
		credit(type, 1, meant.amount(), payerName(customer), payerIban(customer), inText(exactForm(written.number())),
				null, List.of(), exception(type));
	}

	private void textAmountMismatch(String type) {
		Customer customer = customer(false);
		GeneratedInvoice invoice = invoice(customer, amountBetween(300, 20000), false);
		background(customer, this.random.nextInt(3));
		BigDecimal paid = invoice.amount()
			.multiply(BigDecimal.valueOf(50 + this.random.nextInt(40), 2))
			.setScale(2, RoundingMode.HALF_UP);
		String stranger = STRANGERS[this.random.nextInt(STRANGERS.length)];
		credit(type, 1, paid, stranger, iban(), inText(exactForm(invoice.number())), null, List.of(), exception(type));
	}

	// ---- money that is no receivable

	private void debit(String type) {
		String code = this.random.nextInt(4) == 0 ? "ACMT/MDOP/CHRG" : "PMNT/ICDT/ESCT";
		BigDecimal amount = code.startsWith("ACMT") ? BigDecimal.valueOf(100 + this.random.nextInt(4900), 2) : amount();
		this.day1.add(new Entry(ref(), 1, "EUR", amount.negate(), DAY_1, code, "Lieferant " + SURNAMES[pick(SURNAMES)],
				iban(), "Rechnung L-" + (10000 + this.random.nextInt(90000)), null, List.of()));
		this.truth.put(last(this.day1).ref(), classified(last(this.day1).ref(), type));
	}

	private void nonReceivableCredit(String type) {
		int kind = this.random.nextInt(5);
		String[] codes = { "LDAS/FTDP/INTR", "CAMT/ACCB/SWEP", "PMNT/MCRD/POSP", "PMNT/RCDT/ESCT", "PMNT/RCDT/BOOK" };
		String[] payers = { "Hausbank AG", "Cash Pool Master", "Worldline Payment Services", "Office Depot Europe",
				"Eigenes Konto" };
		String[] texts = { "Habenzinsen Q3", "Cash concentration", "Card settlement batch 4471", "Refund order 77812",
				"Umbuchung" };
		String account = (kind == 4) ? this.ownAccounts.get("EUR2") : iban();
		Entry entry = new Entry(ref(), 2, "EUR", amount(), DAY_2, codes[kind], payers[kind], account, texts[kind], null,
				List.of());
		this.day2.add(entry);
		this.truth.put(entry.ref(), classified(entry.ref(), type));
	}

	// ---- building blocks

	private Customer customer(boolean ibanInImport) {
		if (this.crowd > 0 && !this.fillingPool) {
			List<Customer> pool = ibanInImport ? this.pooledWithAccount : this.pooled;
			return pool.get(this.random.nextInt(pool.size()));
		}
		return newCustomer(ibanInImport);
	}

	/** Another customer than {@code not}: a case about two customers needs two. */
	private Customer customerOtherThan(Customer not, boolean ibanInImport) {
		for (;;) {
			Customer other = customer(ibanInImport);
			if (!other.id().equals(not.id())) {
				return other;
			}
		}
	}

	private Customer newCustomer(boolean ibanInImport) {
		String id = "C-" + (10000 + ++this.customerSeq);
		Customer customer = new Customer(id, uniqueName(), ibanInImport ? iban() : null);
		this.customers.add(customer);
		return customer;
	}

	private String uniqueName() {
		for (int attempt = 0;; attempt++) {
			String name = switch (this.random.nextInt(4)) {
				case 0 -> SURNAMES[pick(SURNAMES)] + " & " + SURNAMES[pick(SURNAMES)] + " " + FORMS[pick(FORMS)];
				default -> SURNAMES[pick(SURNAMES)] + " " + TRADES[pick(TRADES)] + " " + FORMS[pick(FORMS)];
			};
			if (attempt > 50) {
				name = SURNAMES[pick(SURNAMES)] + " " + TRADES[pick(TRADES)] + " " + (this.customerSeq) + " "
						+ FORMS[pick(FORMS)];
			}
			if (this.names.add(String.join(" ", CompanyNames.tokens(name)))) {
				return name;
			}
		}
	}

	private GeneratedInvoice invoice(Customer customer, BigDecimal amount, boolean withReference) {
		return add(customer, amount, withReference, null, null);
	}

	private GeneratedInvoice discounted(Customer customer, LocalDate until) {
		BigDecimal percent = this.random.nextBoolean() ? new BigDecimal("2") : new BigDecimal("3");
		return add(customer, amount(), true, percent, until);
	}

	private GeneratedInvoice creditNote(Customer customer, BigDecimal amount) {
		int seq = ++this.invoiceSeq;
		String number = String.format(Locale.ROOT, "CN-2026-%06d", seq);
		LocalDate issued = DAY_1.minusDays(1 + this.random.nextInt(20));
		GeneratedInvoice note = new GeneratedInvoice(number, customer.id(), "EUR", amount, issued, issued, null, null,
				null, true);
		this.invoices.add(note);
		this.keys.add(InvoiceKeys.of(number));
		return note;
	}

	private GeneratedInvoice add(Customer customer, BigDecimal amount, boolean withReference, BigDecimal percent,
			LocalDate until) {
		int seq = ++this.invoiceSeq;
		String number = String.format(Locale.ROOT, "INV-2026-%06d", seq);
		LocalDate issued = (until != null) ? until.minusDays(10) : DAY_1.minusDays(5 + this.random.nextInt(70));
		String reference = withReference ? BankIdentifiers.creditorReference(seq) : null;
		GeneratedInvoice invoice = new GeneratedInvoice(number, customer.id(), "EUR", amount, issued,
				issued.plusDays(30), percent, until, reference);
		this.invoices.add(invoice);
		this.keys.add(InvoiceKeys.of(number));
		this.keys.addAll(InvoiceNumberVariants.of(number));
		return invoice;
	}

	/** Further open invoices of the customer, none for an amount the case pays. */
	private List<GeneratedInvoice> background(Customer customer, int count) {
		List<GeneratedInvoice> added = new ArrayList<>();
		if (this.crowd > 0 && !this.fillingPool) {
			return added;
		}
		for (int i = 0; i < count; i++) {
			added.add(add(customer, amount(), this.random.nextBoolean(), null, null));
		}
		return added;
	}

	private Entry credit(String type, int day, BigDecimal amount, String name, String iban, String text,
			String reference, List<String> documents, Truth expected) {
		Entry entry = entry(type, day, amount, name, iban, text, reference, documents, expected);
		((day == 1) ? this.day1 : this.day2).add(entry);
		return entry;
	}

	private Entry entry(String type, int day, BigDecimal amount, String name, String iban, String text,
			String reference, List<String> documents, Truth expected) {
		return entry(type, day, "EUR", amount, name, iban, text, reference, documents, expected);
	}

	private Entry entry(String type, int day, String currency, BigDecimal amount, String name, String iban, String text,
			String reference, List<String> documents, Truth expected) {
		String ref = ref();
		this.truth.put(ref, new Truth(ref, type, expected.expected(), expected.allocations(), expected.onAccount()));
		return new Entry(ref, day, currency, amount, (day == 1) ? DAY_1 : DAY_2, "PMNT/RCDT/ESCT", name, iban, text,
				reference, documents);
	}

	private String ref() {
		return String.format(Locale.ROOT, "BNK%07d", ++this.entrySeq);
	}

	private Truth auto(GeneratedInvoice invoice) {
		return auto(null, invoice);
	}

	private Truth auto(String type, GeneratedInvoice invoice) {
		return truth(type, Expected.AUTO, List.of(Allocation.full(invoice)), BigDecimal.ZERO);
	}

	private Truth exception(String type) {
		return truth(type, Expected.EXCEPTION, List.of(), BigDecimal.ZERO);
	}

	private static Truth classified(String ref, String type) {
		return new Truth(ref, type, Expected.CLASSIFIED, List.of(), BigDecimal.ZERO);
	}

	private static Truth truth(String type, Expected expected, List<Allocation> allocations, BigDecimal onAccount) {
		return new Truth(null, type, expected, allocations, onAccount);
	}

	private static Entry last(List<Entry> entries) {
		return entries.get(entries.size() - 1);
	}

	// ---- structured remittance, a line per invoice

	/**
	 * A business customer pays several invoices with a line each; one line is short by a
	 * deduction beyond the write-off tolerance, with a reason code or only a text.
	 */
	private void remittanceDeduction(String type, boolean withCode) {
		Customer customer = customer(this.random.nextBoolean());
		List<GeneratedInvoice> paid = invoices(customer, 1 + this.random.nextInt(4));
		int shortOne = this.random.nextInt(paid.size());
		BigDecimal deduction = paid.get(shortOne)
			.amount()
			.multiply(BigDecimal.valueOf(3 + this.random.nextInt(20), 2))
			.setScale(2, RoundingMode.DOWN);
		String code = withCode ? DEDUCTION_CODES[pick(DEDUCTION_CODES)] : null;
		String[] text = withCode ? new String[] { code, this.random.nextBoolean() ? "see claim" : null }
				: DEDUCTION_TEXTS[pick(DEDUCTION_TEXTS)];
		List<RemittanceBlock> blocks = new ArrayList<>();
		List<Allocation> allocations = new ArrayList<>();
		for (int i = 0; i < paid.size(); i++) {
			GeneratedInvoice invoice = paid.get(i);
			if (i == shortOne) {
				blocks.add(RemittanceBlock.deducted(invoice.number(), invoice.amount(), deduction, code, text[1]));
				allocations.add(new Allocation(invoice.number(), invoice.amount().subtract(deduction), BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO, deduction, text[0]));
			}
			else {
				blocks.add(RemittanceBlock.paid(invoice.number(), invoice.amount()));
				allocations.add(Allocation.full(invoice));
			}
		}
		remitted(type, customer, total(paid).subtract(deduction), blocks,
				truth(type, Expected.AUTO, allocations, BigDecimal.ZERO));
	}

	/** A line short by a small difference: written off as any small difference. */
	private void remittanceWriteOff(String type) {
		Customer customer = customer(this.random.nextBoolean());
		List<GeneratedInvoice> paid = invoices(customer, 1 + this.random.nextInt(3));
		GeneratedInvoice shortOne = paid.get(0);
		BigDecimal difference = BigDecimal.valueOf(50 + this.random.nextInt(450), 2);
		List<RemittanceBlock> blocks = new ArrayList<>();
		List<Allocation> allocations = new ArrayList<>();
		blocks.add(RemittanceBlock.deducted(shortOne.number(), shortOne.amount(), difference,
				this.random.nextBoolean() ? "BKCH" : null, null));
		allocations.add(
				new Allocation(shortOne.number(), shortOne.amount().subtract(difference), BigDecimal.ZERO, difference));
		for (GeneratedInvoice invoice : paid.subList(1, paid.size())) {
			blocks.add(RemittanceBlock.paid(invoice.number(), invoice.amount()));
			allocations.add(Allocation.full(invoice));
		}
		remitted(type, customer, total(paid).subtract(difference), blocks,
				truth(type, Expected.AUTO, allocations, BigDecimal.ZERO));
	}

	/**
	 * Invoices paid net of a credit note of the customer: the credit note is used up, the
	 * invoices settled by cash and credit (credit goes to the first lines first).
	 */
	private void remittanceCreditNote(String type) {
		Customer customer = customer(this.random.nextBoolean());
		List<GeneratedInvoice> paid = invoices(customer, 1 + this.random.nextInt(3));
		BigDecimal credit = amountBetween(20, total(paid).doubleValue() / 2);
		GeneratedInvoice note = creditNote(customer, credit);
		List<RemittanceBlock> blocks = new ArrayList<>();
		List<Allocation> allocations = new ArrayList<>();
		BigDecimal left = credit;
		for (GeneratedInvoice invoice : paid) {
			BigDecimal fromCredit = left.min(invoice.amount());
			left = left.subtract(fromCredit);
			blocks.add(RemittanceBlock.paid(invoice.number(), invoice.amount()));
			allocations.add(new Allocation(invoice.number(), invoice.amount().subtract(fromCredit), BigDecimal.ZERO,
					BigDecimal.ZERO, fromCredit, BigDecimal.ZERO, null));
		}
		blocks.add(RemittanceBlock.creditNote(note.number(), credit));
		allocations.add(new Allocation(note.number(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, credit,
				BigDecimal.ZERO, null));
		remitted(type, customer, total(paid).subtract(credit), blocks,
				truth(type, Expected.AUTO, allocations, BigDecimal.ZERO));
	}

	/**
	 * The payer's lines do not add up to what arrived (a miscalculation, a line left
	 * out): a person decides.
	 */
	private void remittanceNotAddingUp(String type) {
		Customer customer = customer(this.random.nextBoolean());
		List<GeneratedInvoice> paid = invoices(customer, 2 + this.random.nextInt(3));
		List<RemittanceBlock> blocks = new ArrayList<>();
		paid.forEach((invoice) -> blocks.add(RemittanceBlock.paid(invoice.number(), invoice.amount())));
		BigDecimal off = BigDecimal.valueOf(1 + this.random.nextInt(5000), 2);
		BigDecimal amount = this.random.nextBoolean() ? total(paid).add(off)
				: total(paid).subtract(paid.get(paid.size() - 1).amount());
		remitted(type, customer, amount, blocks, exception(type));
	}

	/** An invoice named in the text, less a credit note named there too. */
	private void creditNoteInText(String type) {
		Customer customer = customer(this.random.nextBoolean());
		GeneratedInvoice invoice = invoices(customer, 1).get(0);
		BigDecimal credit = amountBetween(20, invoice.amount().doubleValue() / 2);
		GeneratedInvoice note = creditNote(customer, credit);
		String text = inText(exactForm(invoice.number())) + " abzgl. Gutschrift " + note.number();
		credit(type, 1, invoice.amount().subtract(credit), payerName(customer), payerIban(customer), text, null,
				List.of(), truth(type, Expected.AUTO, netted(invoice, note), BigDecimal.ZERO));
	}

	/**
	 * A payer known by its account names nothing and pays one invoice less one of its
	 * credit notes.
	 */
	private void creditNotePayerCombination(String type) {
		Customer customer = customer(true);
		GeneratedInvoice invoice = invoices(customer, 1).get(0);
		BigDecimal credit = amountBetween(20, invoice.amount().doubleValue() / 2);
		GeneratedInvoice note = creditNote(customer, credit);
		credit(type, 1, invoice.amount().subtract(credit), payerName(customer), customer.importedIban(), filler(), null,
				List.of(), truth(type, Expected.AUTO, netted(invoice, note), BigDecimal.ZERO));
	}

	private static List<Allocation> netted(GeneratedInvoice invoice, GeneratedInvoice note) {
		return List.of(
				new Allocation(invoice.number(), invoice.amount().subtract(note.amount()), BigDecimal.ZERO,
						BigDecimal.ZERO, note.amount(), BigDecimal.ZERO, null),
				new Allocation(note.number(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, note.amount(),
						BigDecimal.ZERO, null));
	}

	private List<GeneratedInvoice> invoices(Customer customer, int count) {
		List<GeneratedInvoice> paid = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			paid.add(invoice(customer, amountBetween(500, 25000), false));
		}
		background(customer, this.random.nextInt(4));
		return paid;
	}

	private void remitted(String type, Customer customer, BigDecimal amount, List<RemittanceBlock> blocks,
			Truth expected) {
		Entry entry = entry(type, 1, amount, payerName(customer), payerIban(customer),
				this.random.nextBoolean() ? "Zahlungsavis " + (4500000000L + this.entrySeq) : null, null,
				blocks.stream().map(RemittanceBlock::number).toList(), expected);
		this.day1.add(new Entry(entry.ref(), entry.day(), entry.currency(), entry.amount(), entry.valueDate(),
				entry.code(), entry.debtorName(), entry.debtorIban(), entry.text(), null, entry.documents(), blocks));
	}

	private static BigDecimal total(List<GeneratedInvoice> invoices) {
		return invoices.stream().map(GeneratedInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	// ---- how people write things

	/** The full number as people write it: any case, with spaces, dashes or neither. */
	private String exactForm(String number) {
		return PayerWriting.exactForm(number, this.random);
	}

	private String shortenedForm(String number) {
		return PayerWriting.shortenedForm(number, this.random);
	}

	/**
	 * One wrong or transposed character that makes no other invoice's number (then it
	 * would be another case: naming the wrong invoice).
	 */
	private String typo(String number) {
		char[] lookalikes = { 'O', 'I', 'S', 'B', 'Z' };
		String digitsForLookalikes = "01582";
		for (int attempt = 0; attempt < 50; attempt++) {
			char[] chars = number.toCharArray();
			int position = 9 + this.random.nextInt(chars.length - 9);
			int kind = this.random.nextInt(3);
			if (kind == 0 && position < chars.length - 1 && chars[position] != chars[position + 1]) {
				char swap = chars[position];
				chars[position] = chars[position + 1];
				chars[position + 1] = swap;
			}
			else if (kind == 1 && digitsForLookalikes.indexOf(chars[position]) >= 0) {
				chars[position] = lookalikes[digitsForLookalikes.indexOf(chars[position])];
			}
			else {
				chars[position] = (char) ('0' + (chars[position] - '0' + 1 + this.random.nextInt(9)) % 10);
			}
			String typed = new String(chars);
			String key = InvoiceKeys.of(typed);
			if (!typed.equals(number) && !this.keys.contains(key)
					&& InvoiceNumberVariants.of(typed).stream().noneMatch(this.keys::contains)) {
				return (this.random.nextBoolean()) ? typed : typed.replace("-", " ");
			}
		}
		return number.substring(0, 4) + "2O26" + number.substring(8);
	}

	private String siblings(List<String> numbers) {
		StringBuilder text = new StringBuilder(numbers.get(0));
		for (int i = 1; i < numbers.size(); i++) {
			text.append((i == numbers.size() - 1) ? " und " : ", ").append(numbers.get(i).substring(9));
		}
		return text.toString();
	}

	private String inText(String reference) {
		return PayerWriting.inText(reference, this.random);
	}

	private String filler() {
		return PayerWriting.filler(this.random);
	}

	private String payerName(Customer customer) {
		return this.random.nextInt(3) == 0 ? noisyName(customer.name()) : customer.name();
	}

	private String payerIban(Customer customer) {
		return (customer.importedIban() != null && this.random.nextBoolean()) ? customer.importedIban() : iban();
	}

	private String noisyName(String name) {
		return PayerWriting.noisyName(name, this.random);
	}

	private String spaced(String reference) {
		return PayerWriting.spaced(reference, this.random);
	}

	private BigDecimal amount() {
		return amountBetween(80, 25000);
	}

	/** Log-uniform: small invoices are more common than large ones. */
	private BigDecimal amountBetween(double low, double high) {
		double value = Math.exp(Math.log(low) + this.random.nextDouble() * (Math.log(high) - Math.log(low)));
		return BigDecimal.valueOf(Math.round(value * 100), 2);
	}

	private String iban() {
		StringBuilder bban = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			bban.append(this.random.nextInt(10));
		}
		return BankIdentifiers.germanIban(bban.toString());
	}

	private int pick(Object[] values) {
		return this.random.nextInt(values.length);
	}

	// ---- crowded customers and judging what the amount decides

	/**
	 * Enough customers that the cases' own invoices give each about four fifths of the
	 * crowd; half of them with an account the import knows.
	 */
	private void createPool() {
		int entries = DISTRIBUTION.values().stream().mapToInt(Integer::intValue).sum() * this.scale;
		int customers = Math.max(4, entries * 13 / 10 / Math.max(1, this.crowd * 4 / 5));
		this.fillingPool = true;
		for (int i = 0; i < customers; i++) {
			Customer customer = newCustomer(i % 2 == 0);
			((customer.importedIban() != null) ? this.pooledWithAccount : this.pooled).add(customer);
		}
		this.fillingPool = false;
	}

	/** Tops every pooled customer up to the crowd and up to half as many again. */
	private void fillPool() {
		Map<String, Integer> open = new HashMap<>();
		this.invoices.forEach((invoice) -> open.merge(invoice.customerId(), 1, Integer::sum));
		this.fillingPool = true;
		for (List<Customer> pool : List.of(this.pooledWithAccount, this.pooled)) {
			for (Customer customer : pool) {
				int wanted = this.crowd + this.random.nextInt(this.crowd / 2 + 1);
				background(customer, Math.max(0, wanted - open.getOrDefault(customer.id(), 0)));
			}
		}
		this.fillingPool = false;
	}

	private void claim(Entry entry, int kind, Customer customer, List<GeneratedInvoice> intended) {
		if (kind != Claim.NONE) {
			this.claims.add(new Claim(entry.ref(), kind, customer.id(), intended, entry.amount(), entry.valueDate()));
		}
	}

	/**
	 * Judges every payment the amount has to decide against its customer's open invoices
	 * as it may find them, depending on which other payments of the run were decided
	 * first. Where the answers differ, the order the run takes decides, and both posting
	 * as intended and referring are right.
	 */
	private void judgeAmounts() {
		Map<String, List<GeneratedInvoice>> byCustomer = new HashMap<>();
		Map<BigDecimal, List<AmountJudge.Open>> byAmount = new HashMap<>();
		for (GeneratedInvoice invoice : this.invoices) {
			if (invoice.creditNote()) {
				continue;
			}
			byCustomer.computeIfAbsent(invoice.customerId(), (id) -> new ArrayList<>()).add(invoice);
			byAmount.computeIfAbsent(invoice.amount().stripTrailingZeros(), (a) -> new ArrayList<>())
				.add(AmountJudge.Open.of(invoice));
		}
		Map<String, Map<String, BigDecimal>> settledBy = new HashMap<>();
		for (Truth truth : this.truth.values()) {
			if (truth.expected() == Expected.AUTO) {
				for (Allocation allocation : truth.allocations()) {
					settledBy.computeIfAbsent(allocation.invoiceNumber(), (number) -> new HashMap<>())
						.put(truth.ref(), allocation.settles());
				}
			}
		}
		for (Claim claim : this.claims) {
			List<Boolean> verdicts = new ArrayList<>();
			List<AmountJudge.Open> sameAmount = byAmount.getOrDefault(claim.paid().stripTrailingZeros(), List.of());
			for (boolean othersSettled : new boolean[] { false, true }) {
				for (boolean partsPaid : new boolean[] { false, true }) {
					List<AmountJudge.Open> open = openWhen(byCustomer.get(claim.customerId()), settledBy, claim.ref(),
							othersSettled, partsPaid);
					verdicts.add(claim.clear(open, sameAmount));
				}
			}
			Truth truth = this.truth.get(claim.ref());
			Expected expected = !verdicts.contains(false) ? Expected.AUTO
					: !verdicts.contains(true) ? Expected.EXCEPTION : Expected.EITHER;
			this.truth.put(claim.ref(),
					new Truth(truth.ref(), truth.caseType(), expected, truth.allocations(), truth.onAccount()));
		}
	}

	/**
	 * The customer's invoices as a payment may find them: before or after the other
	 * payments of the run that settle some in full, and before or after those that pay
	 * some in part (a part payment leaves a remainder open, which may fit where the full
	 * amount did not).
	 */
	private static List<AmountJudge.Open> openWhen(List<GeneratedInvoice> invoices,
			Map<String, Map<String, BigDecimal>> settledBy, String ref, boolean othersSettled, boolean partsPaid) {
		List<AmountJudge.Open> open = new ArrayList<>();
		for (GeneratedInvoice invoice : invoices) {
			BigDecimal byOthers = settledBy.getOrDefault(invoice.number(), Map.of())
				.entrySet()
				.stream()
				.filter((settled) -> !settled.getKey().equals(ref))
				.map(Map.Entry::getValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			boolean inFull = byOthers.compareTo(invoice.amount()) >= 0;
			boolean applies = byOthers.signum() > 0 && (inFull ? othersSettled : partsPaid);
			AmountJudge.Open left = applies ? AmountJudge.Open.of(invoice).less(byOthers)
					: AmountJudge.Open.of(invoice);
			if (left.open().signum() > 0) {
				open.add(left);
			}
		}
		return open;
	}

	/**
	 * A payment whose amount has to decide (or confirm) which invoices it pays.
	 *
	 * @param ref the entry
	 * @param kind {@link #PAYER}: no reference, the payer's open invoices;
	 * {@link #NAMED}: named, settled with a discount or write-off or paid in part or over
	 * @param customerId whose invoices
	 * @param intended what the payer pays
	 * @param paid the amount
	 * @param valueDate the value date
	 */
	private record Claim(String ref, int kind, String customerId, List<GeneratedInvoice> intended, BigDecimal paid,
			LocalDate valueDate) {

		static final int NONE = 0;

		static final int PAYER = 1;

		static final int NAMED = 2;

		/** Whether a careful person would post it as intended, given what is open. */
		boolean clear(List<AmountJudge.Open> open, List<AmountJudge.Open> sameAmount) {
			Set<String> numbers = new TreeSet<>(this.intended.stream().map(GeneratedInvoice::number).toList());
			if (this.kind == PAYER) {
				return AmountJudge.onlyFit(open, this.paid, this.valueDate).equals(Optional.of(numbers));
			}
			return !AmountJudge.exactElsewhere(open, sameAmount, numbers, this.paid);
		}

	}

}
