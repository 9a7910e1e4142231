package io.cashpost.statement.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountAndCurrencyExchange3;
import com.prowidesoftware.swift.model.mx.dic.AmountAndCurrencyExchangeDetails3;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure6;
import com.prowidesoftware.swift.model.mx.dic.ChargesInformation6;
import com.prowidesoftware.swift.model.mx.dic.ChargesRecord3;
import com.prowidesoftware.swift.model.mx.dic.Charges6;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.CreditorReferenceInformation2;
import com.prowidesoftware.swift.model.mx.dic.CurrencyExchange5;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.Party40Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.PaymentReturnReason5;
import com.prowidesoftware.swift.model.mx.dic.ProprietaryBankTransactionCodeStructure1;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentInformation3;
import com.prowidesoftware.swift.model.mx.dic.ReferredDocumentInformation7;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation5;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.ReturnReason5Choice;
import com.prowidesoftware.swift.model.mx.dic.ReturnReasonInformation10;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation7;
import com.prowidesoftware.swift.model.mx.dic.TransactionParties6;
import com.prowidesoftware.swift.model.mx.dic.TransactionParty2;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences2;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;

import io.cashpost.money.Money;

/**
 * The reference reading of an entry, kept in the tests only: production reads every
 * version by element names ({@link FragmentEntries}), and the tests prove both agree on
 * every sample and corpus file. Reads an entry from Prowide's model classes of version 2
 * ({@link ReportEntry2}, shared by camt.052/053/054.001.02) and version 8
 * ({@link ReportEntry10}, shared by .001.08). Both versions use the same classes below
 * the entry for codes, amounts, accounts and references, so the helpers serve both.
 */
final class ProwideEntries {

	private ProwideEntries() {
	}

	static CamtEntry entry(ReportEntry2 ntry) {
		List<CamtEntry.Detail> details = new ArrayList<>();
		for (EntryDetails1 entryDetails : ntry.getNtryDtls()) {
			for (EntryTransaction2 tx : entryDetails.getTxDtls()) {
				details.add(detail(tx));
			}
		}
		return new CamtEntry(money(ntry.getAmt()), get(ntry.getCdtDbtInd(), CreditDebitCode::value),
				get(ntry.getSts(), EntryStatus2Code::value), Boolean.TRUE.equals(ntry.isRvslInd()),
				date(ntry.getBookgDt()), date(ntry.getValDt()), strip(ntry.getAcctSvcrRef()),
				transactionCode(ntry.getBkTxCd()), amounts(ntry.getAmtDtls(), charges2(ntry.getChrgs())), details);
	}

	static CamtEntry entry(ReportEntry10 ntry) {
		List<CamtEntry.Detail> details = new ArrayList<>();
		for (EntryDetails9 entryDetails : ntry.getNtryDtls()) {
			for (EntryTransaction10 tx : entryDetails.getTxDtls()) {
				details.add(detail(tx));
			}
		}
		EntryStatus1Choice status = ntry.getSts();
		return new CamtEntry(money(ntry.getAmt()), get(ntry.getCdtDbtInd(), CreditDebitCode::value),
				(status != null) ? first(strip(status.getCd()), strip(status.getPrtry())) : null,
				Boolean.TRUE.equals(ntry.isRvslInd()), date(ntry.getBookgDt()), date(ntry.getValDt()),
				strip(ntry.getAcctSvcrRef()), transactionCode(ntry.getBkTxCd()),
				amounts(ntry.getAmtDtls(), charges(ntry.getChrgs())), details);
	}

	private static CamtEntry.Detail detail(EntryTransaction2 tx) {
		TransactionReferences2 refs = tx.getRefs();
		TransactionParty2 parties = tx.getRltdPties();
		RemittanceInformation5 remittance = tx.getRmtInf();
		List<String> creditorReferences = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		if (remittance != null) {
			for (StructuredRemittanceInformation7 strd : remittance.getStrd()) {
				addIfPresent(creditorReferences, get(strd.getCdtrRefInf(), CreditorReferenceInformation2::getRef));
				for (ReferredDocumentInformation3 document : strd.getRfrdDocInf()) {
					addIfPresent(documents, document.getNb());
				}
			}
		}
		return new CamtEntry.Detail(
				money(get(get(tx.getAmtDtls(), AmountAndCurrencyExchange3::getTxAmt),
						AmountAndCurrencyExchangeDetails3::getAmt)),
				null, strip(get(refs, TransactionReferences2::getAcctSvcrRef)),
				strip(get(refs, TransactionReferences2::getEndToEndId)),
				strip(get(refs, TransactionReferences2::getMndtId)), transactionCode(tx.getBkTxCd()),
				strip(get(get(parties, TransactionParty2::getDbtr), PartyIdentification32::getNm)),
				account(get(get(parties, TransactionParty2::getDbtrAcct), a -> a.getId())),
				strip(get(get(parties, TransactionParty2::getUltmtDbtr), PartyIdentification32::getNm)),
				texts((remittance != null) ? remittance.getUstrd() : List.of()), creditorReferences, documents,
				returnReason(get(tx.getRtrInf(), ReturnReasonInformation10::getRsn)),
				amounts(tx.getAmtDtls(), charges2(tx.getChrgs())),
				(remittance != null) ? ProwideRemittance.lines2(remittance.getStrd()) : List.of());
	}

	private static CamtEntry.Detail detail(EntryTransaction10 tx) {
		TransactionReferences6 refs = tx.getRefs();
		TransactionParties6 parties = tx.getRltdPties();
		RemittanceInformation16 remittance = tx.getRmtInf();
		List<String> creditorReferences = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		if (remittance != null) {
			for (StructuredRemittanceInformation16 strd : remittance.getStrd()) {
				addIfPresent(creditorReferences, get(strd.getCdtrRefInf(), CreditorReferenceInformation2::getRef));
				for (ReferredDocumentInformation7 document : strd.getRfrdDocInf()) {
					addIfPresent(documents, document.getNb());
				}
			}
		}
		Money amount = money(tx.getAmt());
		if (amount == null) {
			amount = money(get(get(tx.getAmtDtls(), AmountAndCurrencyExchange3::getTxAmt),
					AmountAndCurrencyExchangeDetails3::getAmt));
		}
		return new CamtEntry.Detail(amount, get(tx.getCdtDbtInd(), CreditDebitCode::value),
				strip(get(refs, TransactionReferences6::getAcctSvcrRef)),
				strip(get(refs, TransactionReferences6::getEndToEndId)),
				strip(get(refs, TransactionReferences6::getMndtId)), transactionCode(tx.getBkTxCd()),
				partyName(get(parties, TransactionParties6::getDbtr)),
				account(get(get(parties, TransactionParties6::getDbtrAcct), a -> a.getId())),
				partyName(get(parties, TransactionParties6::getUltmtDbtr)),
				texts((remittance != null) ? remittance.getUstrd() : List.of()), creditorReferences, documents,
				returnReason(get(tx.getRtrInf(), PaymentReturnReason5::getRsn)),
				amounts(tx.getAmtDtls(), charges(tx.getChrgs())),
				(remittance != null) ? ProwideRemittance.lines8(remittance.getStrd()) : List.of());
	}

	private static String partyName(Party40Choice party) {
		return strip(get(get(party, Party40Choice::getPty), PartyIdentification135::getNm));
	}

	private static String account(AccountIdentification4Choice id) {
		if (id == null) {
			return null;
		}
		return first(strip(id.getIBAN()), strip(get(id.getOthr(), GenericAccountIdentification1::getId)));
	}

	private static String returnReason(ReturnReason5Choice reason) {
		return (reason != null) ? first(strip(reason.getCd()), strip(reason.getPrtry())) : null;
	}

	private static String transactionCode(BankTransactionCodeStructure4 code) {
		if (code == null) {
			return null;
		}
		BankTransactionCodeStructure5 domain = code.getDomn();
		BankTransactionCodeStructure6 family = get(domain, BankTransactionCodeStructure5::getFmly);
		return CamtEntry.transactionCode(strip(get(domain, BankTransactionCodeStructure5::getCd)),
				strip(get(family, BankTransactionCodeStructure6::getCd)),
				strip(get(family, BankTransactionCodeStructure6::getSubFmlyCd)),
				strip(get(code.getPrtry(), ProprietaryBankTransactionCodeStructure1::getCd)));
	}

	private static CamtEntry.AmountDetails amounts(AmountAndCurrencyExchange3 details, Money charges) {
		if (details == null) {
			return new CamtEntry.AmountDetails(null, null, charges);
		}
		Money instructed = money(get(details.getInstdAmt(), AmountAndCurrencyExchangeDetails3::getAmt));
		BigDecimal rate = null;
		for (AmountAndCurrencyExchangeDetails3 amount : List.of(nonNull(details.getInstdAmt()),
				nonNull(details.getTxAmt()), nonNull(details.getCntrValAmt()), nonNull(details.getAnncdPstngAmt()))) {
			rate = (rate != null) ? rate : get(amount.getCcyXchg(), CurrencyExchange5::getXchgRate);
		}
		return new CamtEntry.AmountDetails(instructed, rate, charges);
	}

	private static AmountAndCurrencyExchangeDetails3 nonNull(AmountAndCurrencyExchangeDetails3 amount) {
		return (amount != null) ? amount : new AmountAndCurrencyExchangeDetails3();
	}

	/** Version 2: one {@code Chrgs} per charge; a total, where sent, wins. */
	private static Money charges2(List<ChargesInformation6> charges) {
		List<Money> records = new ArrayList<>();
		for (ChargesInformation6 charge : charges) {
			Money total = money(charge.getTtlChrgsAndTaxAmt());
			if (total != null) {
				return total;
			}
			addIfPresent(records, money(charge.getAmt()));
		}
		return CamtEntry.sum(records);
	}

	private static Money charges(Charges6 charges) {
		if (charges == null) {
			return null;
		}
		Money total = money(charges.getTtlChrgsAndTaxAmt());
		if (total != null) {
			return total;
		}
		List<Money> records = new ArrayList<>();
		for (ChargesRecord3 record : charges.getRcrd()) {
			addIfPresent(records, money(record.getAmt()));
		}
		return CamtEntry.sum(records);
	}

	private static Money money(ActiveOrHistoricCurrencyAndAmount amount) {
		return (amount != null) ? CamtEntry.money(amount.getValue(), amount.getCcy()) : null;
	}

	private static LocalDate date(DateAndDateTimeChoice choice) {
		return (choice != null) ? date(choice.getDt(), choice.getDtTm()) : null;
	}

	private static LocalDate date(DateAndDateTime2Choice choice) {
		return (choice != null) ? date(choice.getDt(), choice.getDtTm()) : null;
	}

	/** The date as the bank wrote it: a date-time keeps its own offset's calendar day. */
	private static LocalDate date(LocalDate date, OffsetDateTime dateTime) {
		return (date != null) ? date : (dateTime != null) ? dateTime.toLocalDate() : null;
	}

	private static List<String> texts(List<String> texts) {
		List<String> stripped = new ArrayList<>(texts.size());
		for (String text : texts) {
			addIfPresent(stripped, text);
		}
		return stripped;
	}

	private static void addIfPresent(List<String> texts, String text) {
		String stripped = strip(text);
		if (stripped != null) {
			texts.add(stripped);
		}
	}

	private static void addIfPresent(List<Money> amounts, Money amount) {
		if (amount != null) {
			amounts.add(amount);
		}
	}

	private static String strip(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static String first(String a, String b) {
		return (a != null) ? a : b;
	}

	private static <A, B> B get(A value, Function<A, B> getter) {
		return (value != null) ? getter.apply(value) : null;
	}

}
