/**
 * The large synthetic data set and the benchmarks that run against the development stack: console programs, not
 * tests, so that {@code mvn verify} only compiles them.
 *
 * <p>{@link no.sammen.benchmarks.SyntheticData} writes years of records for thousands of synthetic children straight
 * into the development database with PostgreSQL's {@code COPY}; {@link no.sammen.benchmarks.HandoverBenchmark}
 * measures the handover and the timeline of one of them through HTTP, as a persona with a real bearer token, against
 * the same reads as plain SQL over JDBC (the floor). Their console output is their product, like the development
 * launcher's banner, so this package may print. They speak to Sammen only over JDBC and HTTP and depend on none of
 * its modules: what they measure is the running application, and they run without the other modules being installed.
 */
package no.sammen.benchmarks;
