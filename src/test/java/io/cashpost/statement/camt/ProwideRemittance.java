package io.cashpost.statement.camt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditorReferenceInformation2;
import com.prowidesoftware.swift.model.mx.dic.DiscountAmountAndType1;
import com.prowidesoftware.swift.model.mx.dic.DocumentAdjustment1;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentInformation3;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentInformation7;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentType1Choice;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentType3Choice;
import com.prowidesoftware.swift.model.mx.dic.RemittanceAmount1;
import com.prowidesoftware.swift.model.mx.dic.RemittanceAmount2;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation7;
import com.prowidesoftware.swift.model.mx.dic.TaxAmountAndType1;

import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceLine;

/**
 * Structured remittance from Prowide's model classes of version 2 and 8: the reference
 * the element mapping ({@link FragmentRemittance}) must agree with.
 */
final class ProwideRemittance {

	private ProwideRemittance() {
	}

	static List<RemittanceLine> lines2(List<StructuredRemittanceInformation7> blocks) {
		List<RemittanceLine> lines = new ArrayList<>();
		for (StructuredRemittanceInformation7 strd : blocks) {
			if (strd.getRfrdDocInf().isEmpty() && strd.getRfrdDocAmt() == null) {
				continue;
			}
			List<ReferredDocument> documents = new ArrayList<>();
			for (ReferredDocumentInformation3 document : strd.getRfrdDocInf()) {
				ReferredDocumentType1Choice type = (document.getTp() != null) ? document.getTp().getCdOrPrtry() : null;
				String code = (type != null && type.getCd() != null) ? type.getCd().value() : null;
				documents.add(document(document.getNb(), code, (type != null) ? strip(type.getPrtry()) : null,
						document.getRltdDt()));
			}
			RemittanceAmount1 amounts = strd.getRfrdDocAmt();
			lines.add((amounts == null) ? line(documents, null, null, null, null, List.of(), null, strd)
					: line(documents, money(amounts.getDuePyblAmt()), money(amounts.getDscntApldAmt()),
							money(amounts.getCdtNoteAmt()), money(amounts.getTaxAmt()),
							adjustments(amounts.getAdjstmntAmtAndRsn()), money(amounts.getRmtdAmt()), strd));
		}
		return lines;
	}

	static List<RemittanceLine> lines8(List<StructuredRemittanceInformation16> blocks) {
		List<RemittanceLine> lines = new ArrayList<>();
		for (StructuredRemittanceInformation16 strd : blocks) {
			if (strd.getRfrdDocInf().isEmpty() && strd.getRfrdDocAmt() == null) {
				continue;
			}
			List<ReferredDocument> documents = new ArrayList<>();
			for (ReferredDocumentInformation7 document : strd.getRfrdDocInf()) {
				ReferredDocumentType3Choice type = (document.getTp() != null) ? document.getTp().getCdOrPrtry() : null;
				String code = (type != null && type.getCd() != null) ? type.getCd().value() : null;
				documents.add(document(document.getNb(), code, (type != null) ? strip(type.getPrtry()) : null,
						document.getRltdDt()));
			}
			RemittanceAmount2 amounts = strd.getRfrdDocAmt();
			if (amounts == null) {
				lines.add(line(documents, null, null, null, null, List.of(), null, strd.getCdtrRefInf(),
						strd.getAddtlRmtInf()));
				continue;
			}
			List<Money> discounts = new ArrayList<>();
			for (DiscountAmountAndType1 discount : amounts.getDscntApldAmt()) {
				addIfPresent(discounts, money(discount.getAmt()));
			}
			List<Money> taxes = new ArrayList<>();
			for (TaxAmountAndType1 tax : amounts.getTaxAmt()) {
				addIfPresent(taxes, money(tax.getAmt()));
			}
			lines.add(line(documents, money(amounts.getDuePyblAmt()), CamtEntry.sum(discounts),
					money(amounts.getCdtNoteAmt()), CamtEntry.sum(taxes), adjustments(amounts.getAdjstmntAmtAndRsn()),
					money(amounts.getRmtdAmt()), strd.getCdtrRefInf(), strd.getAddtlRmtInf()));
		}
		return lines;
	}

	private static RemittanceLine line(List<ReferredDocument> documents, Money due, Money discount, Money creditNote,
			Money tax, List<Adjustment> adjustments, Money remitted, StructuredRemittanceInformation7 strd) {
		return line(documents, due, discount, creditNote, tax, adjustments, remitted, strd.getCdtrRefInf(),
				strd.getAddtlRmtInf());
	}

	private static RemittanceLine line(List<ReferredDocument> documents, Money due, Money discount, Money creditNote,
			Money tax, List<Adjustment> adjustments, Money remitted, CreditorReferenceInformation2 reference,
			List<String> additional) {
		List<String> texts = new ArrayList<>();
		for (String text : additional) {
			if (strip(text) != null) {
				texts.add(strip(text));
			}
		}
		return new RemittanceLine(documents, due, discount, creditNote, tax, adjustments, remitted,
				(reference != null) ? strip(reference.getRef()) : null, texts);
	}

	private static ReferredDocument document(String number, String code, String proprietary, LocalDate date) {
		return new ReferredDocument(strip(number), DocumentType.of(code, proprietary != null),
				(code != null) ? code : proprietary, date);
	}

	private static List<Adjustment> adjustments(List<DocumentAdjustment1> adjustments) {
		List<Adjustment> read = new ArrayList<>();
		for (DocumentAdjustment1 adjustment : adjustments) {
			read.add(new Adjustment(money(adjustment.getAmt()),
					Adjustment.Direction
						.of((adjustment.getCdtDbtInd() != null) ? adjustment.getCdtDbtInd().value() : null),
					strip(adjustment.getRsn()), strip(adjustment.getAddtlInf())));
		}
		return read;
	}

	private static void addIfPresent(List<Money> amounts, Money amount) {
		if (amount != null) {
			amounts.add(amount);
		}
	}

	private static Money money(ActiveOrHistoricCurrencyAndAmount amount) {
		return (amount != null) ? CamtEntry.money(amount.getValue(), amount.getCcy()) : null;
	}

	private static String strip(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
