/**
 * Black-box tests of a running Sammen, as its users and attackers meet it: over HTTP and in a real browser.
 *
 * <p>Server boots dominate the suite's time, so there is one: {@link no.sammen.systemtests.SammenTestEnvironment}
 * starts PostgreSQL and the development identity provider once per test run, and {@link no.sammen.systemtests.SammenIT}
 * has Arquillian deploy the packaged WAR to Payara Micro once; every scenario class runs as a {@code @Nested} class
 * of it against that one server. Scenarios create their own people and data, so their order does not matter.
 */
package no.sammen.systemtests;
