/**
 * The development stack: real PostgreSQL, a stand-in for ID-porten and HelseID, and Sammen itself on Payara Micro,
 * started by one command on a laptop.
 *
 * <p>Why it is built this way: a new developer, a reviewer or a tester on a phone should reach a logged-in Sammen
 * without installing a database, registering at a national identity provider or learning Payara's tooling. Each piece
 * runs in-process or as a child process that dies with the launcher, so "stop" is always Ctrl-C and nothing lingers.
 * The same pieces ({@link no.sammen.devstack.DevDatabase}, {@link no.sammen.devstack.DevIdentityProvider},
 * {@link no.sammen.devstack.SammenServer}, {@link no.sammen.devstack.Personas}) are a library for the system tests, so
 * the stack a developer clicks through is the stack the tests prove. The personas are one fixed, synthetic cast so
 * that bug reports, demos and tests can all say "log in as kari" and mean the same person.
 */
package no.sammen.devstack;
