/**
 * References banks and invoices share: the ISO 7064 MOD 97-10 check of IBANs and ISO
 * 11649 creditor references, and finding such references in free text.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.cashpost.reference;
