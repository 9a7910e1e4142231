-- The payer's structured remittance, block by block (ISO 20022 RmtInf/Strd): the documents each part
-- of the payment is for (number, type: invoice, credit_note, debit_note, other, unspecified; ISO type
-- code; date) and the amounts per block (due_payable, discount_applied, credit_note, tax, remitted,
-- adjustments with amount, direction, reason_code and text). Amounts are strings with their currency
-- ("EUR 900.00"). The JSON form is io.cashpost.statement.RemittanceJson; null when the payer sent no
-- structured remittance beyond a creditor reference.
alter table bank_transaction add column remittance_lines jsonb;
