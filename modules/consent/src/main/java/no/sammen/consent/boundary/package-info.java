/**
 * The consent module's REST resource under {@code /api/children/{id}/consents}. It translates HTTP to the façade and
 * back; who may read or change consents is the access rule's decision at the façade, so the pages get the same rule.
 */
package no.sammen.consent.boundary;
