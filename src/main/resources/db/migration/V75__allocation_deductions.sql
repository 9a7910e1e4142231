-- A payer's remittance says what it pays per invoice. A line short of what is open beyond the write-off tolerance is
-- a deduction: the invoice stays open by that amount, and the allocation records how much the payer deducted and
-- why (its reason code, else a reason read from its text, else 'unexplained'), for collectors to take up.
alter table allocation
    add column deduction_amount numeric(19,4) not null default 0 check (deduction_amount >= 0),
    add column deduction_reason text,
    add constraint allocation_deduction_has_reason
        check ((deduction_amount = 0) = (deduction_reason is null));
