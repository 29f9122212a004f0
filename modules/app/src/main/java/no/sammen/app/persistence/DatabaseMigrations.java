package no.sammen.app.persistence;

import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

import no.sammen.platform.DatabaseReady;

/**
 * Migrates every module's schema at start-up, in dependency order, before the application serves requests. Several
 * instances starting at once are safe: Flyway serialises them with a PostgreSQL advisory lock.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The modules that own a schema, in the order their migrations run. */
    static final List<String> MODULES = List.of("identity", "records", "media");

    @Resource(lookup = "java:app/jdbc/sammen")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void migrate() {
        for (String module : MODULES) {
            long started = System.nanoTime();
            var result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info(() -> "schema " + module + " at version " + result.targetSchemaVersion + ", "
                    + result.migrationsExecuted + " migrations in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        ready.fire(new DatabaseReady());
    }
}
