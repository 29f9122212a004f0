/**
 * How the consent module does its work, internal to the module: the family's façade (every change appends a
 * version in the same transaction as the head row it changes), the coverage the access rule reads per request, and
 * the demo family's consents for development and tests.
 */
package no.sammen.consent.control;
