package io.cashpost.benchmark;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Customers and their open invoices made from their index alone, so that a million of
 * them cost no memory: ids, names, invoice numbers, amounts and creditor references are
 * functions of the index (and the seed). Only where each customer's invoices start is
 * kept, one {@code int} per customer.
 */
public final class SyntheticReceivables {

	private static final String[] CITIES = { "Berlin", "Hamburg", "Muenchen", "Koeln", "Frankfurt", "Stuttgart",
			"Duesseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nuernberg", "Duisburg",
			"Bochum", "Wuppertal", "Bielefeld", "Bonn", "Muenster", "Amsterdam", "Rotterdam", "Utrecht", "Eindhoven",
			"Paris", "Lyon", "Marseille", "Lille", "Nantes", "Wien", "Graz", "Linz", "Zuerich", "Basel", "Bern",
			"Stockholm", "Goeteborg", "Malmoe", "Oslo", "Bergen", "Kopenhagen", "Aarhus", "Helsinki", "Tampere",
			"Warschau", "Krakau", "Prag", "Brno", "Mailand", "Turin", "Madrid", "Barcelona", "Lissabon", "Porto",
			"Bruessel", "Antwerpen", "Gent", "Luxemburg", "Dublin", "London" };

	private static final String[] SURNAMES = { "Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
			"Becker", "Schulz", "Hoffmann", "Schaefer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schroeder",
			"Neumann", "Schwarz", "Zimmermann", "Braun", "Krueger", "Hofmann", "Hartmann", "Lange", "Van der Berg",
			"De Vries", "Janssen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Lefevre", "Dubois",
			"Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Andersson",
			"Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Joergensen", "Kowalski", "Nowak", "Rossi",
			"Russo", "Ferrari", "Esposito", "Garcia", "Fernandez", "Lopez", "Martinez", "Smith", "Jones", "Taylor",
			"Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "Oezdemir",
			"Yilmaz", "Novak", "Horvath", "Popescu", "Petrov", "Nielsen", "Virtanen", "Korhonen", "Haas", "Gruber",
			"Huber", "Steiner", "Moser", "Brunner", "Keller", "Frei" };

	private static final String[] TRADES = { "Maschinenbau", "Logistik", "Elektrotechnik", "Holzbau", "Metallbau",
			"Werkzeuge", "Automotive", "Baustoffe", "Haustechnik", "Transporte", "Verpackungen", "Kunststofftechnik",
			"Feinmechanik", "Medizintechnik", "Agrarhandel", "Lebensmittel", "Getraenke", "Industrieservice",
			"Anlagenbau", "Systems", "Solutions", "Consulting", "Engineering", "Trading", "Distribution", "Components",
			"Hydraulics", "Textiles", "Furniture", "Printing", "Packaging", "Robotics", "Timber", "Chemicals", "Pharma",
			"Optics", "Marine", "Aerospace", "Foods", "Interiors", "Installations", "Elektronik" };

	private static final String[] FORMS = { "GmbH", "AG", "KG", "B.V.", "S.A.", "SARL", "AB", "Oy", "Ltd", "Inc." };

	private final int invoices;

	private final long seed;

	/** Where each customer's invoices start, and the invoice count at the end. */
	private final int[] firstInvoice;

	private SyntheticReceivables(int invoices, long seed, int[] firstInvoice) {
		this.invoices = invoices;
		this.seed = seed;
		this.firstInvoice = firstInvoice;
	}

	/** {@code perCustomer} invoices for every customer; amounts of seed 0. */
	public static SyntheticReceivables evenly(int invoices, int perCustomer) {
		int customers = (invoices + perCustomer - 1) / perCustomer;
		int[] first = new int[customers + 1];
		for (int customer = 0; customer <= customers; customer++) {
			first[customer] = Math.min(invoices, customer * perCustomer);
		}
		return new SyntheticReceivables(invoices, 0, first);
	}

	/**
	 * Between {@code fewest} and {@code most} invoices per customer, drawn from the seed
	 * (the last customer takes what is left).
	 */
	public static SyntheticReceivables varied(int invoices, int fewest, int most, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] first = new int[invoices / fewest + 2];
		int customers = 0;
		for (int next = 0; next < invoices; customers++) {
			first[customers] = next;
			next = Math.min(invoices, next + fewest + random.nextInt(most - fewest + 1));
		}
		first[customers] = invoices;
		return new SyntheticReceivables(invoices, seed, Arrays.copyOf(first, customers + 1));
	}

	public int invoices() {
		return this.invoices;
	}

	public int customers() {
		return this.firstInvoice.length - 1;
	}

	public int customerOf(int invoice) {
		int found = Arrays.binarySearch(this.firstInvoice, invoice);
		return (found >= 0) ? found : -found - 2;
	}

	public int firstInvoice(int customer) {
		return this.firstInvoice[customer];
	}

	public int invoiceCount(int customer) {
		return this.firstInvoice[customer + 1] - this.firstInvoice[customer];
	}

	public String customerId(int customer) {
		return "C-" + BankIdentifiers.digits(customer, 7);
	}

	/** Unique for the first 226,800 customers, legal form aside. */
	public String name(int customer) {
		return SURNAMES[customer % SURNAMES.length] + " " + TRADES[(customer / SURNAMES.length) % TRADES.length] + " "
				+ CITIES[(customer / (SURNAMES.length * TRADES.length)) % CITIES.length] + " "
				+ FORMS[customer % FORMS.length];
	}

	public String number(int invoice) {
		return "INV-2026-" + BankIdentifiers.digits(invoice, 7);
	}

	/** Log-uniform between 50 and 20,000: small invoices are more common. */
	public BigDecimal amount(int invoice) {
		SplittableRandom random = new SplittableRandom(invoice * 31L + 7 + this.seed * 0x9E3779B97F4A7C15L);
		double value = Math.exp(Math.log(50) + random.nextDouble() * (Math.log(20000) - Math.log(50)));
		return BigDecimal.valueOf(Math.round(value * 100), 2);
	}

	/** Every second invoice carries an ISO 11649 creditor reference. */
	public String reference(int invoice) {
		return (invoice % 2 == 0) ? BankIdentifiers.creditorReference(invoice) : null;
	}

}
