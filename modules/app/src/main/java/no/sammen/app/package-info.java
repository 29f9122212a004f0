/**
 * The application: assembles the business modules into the single WAR that runs on Payara Micro.
 *
 * <p>It owns what belongs to the deployment rather than to any business module: the JAX-RS application and its
 * fail-closed security rules ({@code web}), the datasource and the database migrations of every module
 * ({@code persistence}), health checks and structured logging ({@code operations}), and the pages. It may use any
 * module's public base package, never a module's internals.
 */
@Module(allowedDependencies = {"identity", "records"})
package no.sammen.app;

import no.sammen.platform.Module;
