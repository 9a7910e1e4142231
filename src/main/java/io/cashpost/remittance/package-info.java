/**
 * Remittance advices that arrive apart from their payment: the advice CSV read and
 * checked whole, advices stored and linked to their bank payment (by reference, else by
 * payer, exact amount and date), the advice's per-invoice lines handed to the payment's
 * structured remittance so that matching decides it, a payment decided before its advice
 * came decided again, and an advice whose payment never came queued for a person. Its API
 * is {@link io.cashpost.remittance.AdviceFiles} (what an advice file is and its reader)
 * and the services the jobs and commands call.
 */
package io.cashpost.remittance;
