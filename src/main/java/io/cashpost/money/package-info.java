/**
 * Exact money: amounts that always carry their currency.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.cashpost.money;
