package io.cashpost.invoice;

/**
 * A name a customer is known by: its name from the invoice import, or an alias (a trading
 * name, a former name, the name its bank puts on its payments).
 *
 * @param customerId the customer
 * @param name the name as written
 * @param alias whether it is an alias rather than the customer's own name
 */
public record CustomerName(String customerId, String name, boolean alias) {

}
