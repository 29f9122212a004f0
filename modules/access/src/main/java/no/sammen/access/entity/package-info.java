/**
 * The access module's JPA entities, internal to the module: the versions of profession scopes (append-only) and
 * emergency accesses. A scope version stores the profession's whole scope as one JSON document, since it is
 * written whole by an administrator and read whole by the rule.
 */
package no.sammen.access.entity;
