package io.cashpost.statement.camt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceLine;

/**
 * Reads structured remittance ({@code RmtInf/Strd}) by element names, for every camt
 * version: one {@link RemittanceLine} per block that names a document or carries amounts.
 * Where versions differ, both forms are read: a discount or tax is a bare amount up to
 * version 3 and a list of typed amounts ({@code .../Amt}) from version 4 on; a document's
 * date is a bare date, or a date with a type ({@code RltdDt/Dt}) in the newest versions.
 */
final class FragmentRemittance {

	private FragmentRemittance() {
	}

	static List<RemittanceLine> lines(XmlFragment tx) {
		List<XmlFragment> blocks = tx.all("RmtInf/Strd");
		if (blocks.isEmpty()) {
			return List.of();
		}
		List<RemittanceLine> lines = new ArrayList<>(blocks.size());
		for (XmlFragment strd : blocks) {
			List<XmlFragment> documents = strd.all("RfrdDocInf");
			XmlFragment amounts = strd.at("RfrdDocAmt");
			if (!documents.isEmpty() || amounts != null) {
				lines.add(line(strd, documents, amounts));
			}
		}
		return lines;
	}

	private static RemittanceLine line(XmlFragment strd, List<XmlFragment> documentElements, XmlFragment amounts) {
		List<ReferredDocument> documents = new ArrayList<>(documentElements.size());
		for (XmlFragment document : documentElements) {
			documents.add(document(document));
		}
		if (amounts == null) {
			return new RemittanceLine(documents, null, null, null, null, List.of(), null, strd.text("CdtrRefInf/Ref"),
					strd.texts("AddtlRmtInf"));
		}
		return new RemittanceLine(documents, FragmentEntries.amount(amounts.at("DuePyblAmt")),
				typedAmounts(amounts, "DscntApldAmt"), FragmentEntries.amount(amounts.at("CdtNoteAmt")),
				typedAmounts(amounts, "TaxAmt"), adjustments(amounts), FragmentEntries.amount(amounts.at("RmtdAmt")),
				strd.text("CdtrRefInf/Ref"), strd.texts("AddtlRmtInf"));
	}

	private static ReferredDocument document(XmlFragment document) {
		String code = document.text("Tp/CdOrPrtry/Cd");
		String proprietary = document.text("Tp/CdOrPrtry/Prtry");
		String date = document.text("RltdDt/Dt");
		if (date == null) {
			date = document.text("RltdDt");
		}
		return new ReferredDocument(document.text("Nb"), DocumentType.of(code, proprietary != null),
				(code != null) ? code : proprietary, (date != null) ? LocalDate.parse(date) : null);
	}

	/**
	 * A bare amount (version 2 and 3), or the sum of typed amounts ({@code Amt} under
	 * each repetition, version 4 on).
	 */
	private static Money typedAmounts(XmlFragment amounts, String name) {
		List<Money> found = new ArrayList<>();
		for (XmlFragment element : amounts.all(name)) {
			Money amount = element.children().isEmpty() ? FragmentEntries.amount(element)
					: FragmentEntries.amount(element.at("Amt"));
			if (amount != null) {
				found.add(amount);
			}
		}
		return CamtEntry.sum(found);
	}

	private static List<Adjustment> adjustments(XmlFragment amounts) {
		List<XmlFragment> elements = amounts.all("AdjstmntAmtAndRsn");
		if (elements.isEmpty()) {
			return List.of();
		}
		List<Adjustment> adjustments = new ArrayList<>(elements.size());
		for (XmlFragment adjustment : elements) {
			Money amount = FragmentEntries.amount(adjustment.at("Amt"));
			if (amount == null) {
				throw new IllegalArgumentException("a remittance adjustment (AdjstmntAmtAndRsn) has no amount (Amt)");
			}
			adjustments.add(new Adjustment(amount, Adjustment.Direction.of(adjustment.text("CdtDbtInd")),
					adjustment.text("Rsn"), adjustment.text("AddtlInf")));
		}
		return adjustments;
	}

}
