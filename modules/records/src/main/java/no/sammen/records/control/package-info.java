/**
 * How the records module does its work, internal to the module: the façade implementations, the rule that stands
 * until the consent and access module replaces it ({@link no.sammen.records.control.MembershipPolicy}), the
 * caller's relation to a child (looked up once per request), validation that names the offending field, and the
 * timeline every entry writes to in its own transaction.
 */
package no.sammen.records.control;
