package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * A customer in a list: who, and how much is open and overdue in each currency.
 *
 * @param customerId the customer's id in the ERP
 * @param name its name
 * @param currency a currency it owes in ({@code null} when it owes nothing)
 * @param open open in that currency
 * @param overdue overdue in that currency
 */
public record CustomerSummary(String customerId, String name, String currency, BigDecimal open, BigDecimal overdue) {

}
