package no.sammen.app.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import no.sammen.platform.DatabaseReady;

/**
 * Migrates every module's schema at start-up, in dependency order, before the application serves requests. Several
 * instances starting at once are safe: Flyway serialises them with a PostgreSQL advisory lock.
 *
 * <p>With {@code db.migration-user} set (ADR 0012), migrations run as that role, which owns the schemas, and the
 * application's own role ({@code db.user}) gets only what each schema grants it: every module but {@code audit}
 * full use of its tables (granted here after each migration); the audit schema grants insert and select in its own
 * migrations (placeholder {@code appRole}). Without it, the application's role owns everything and the audit rows
 * are tamper-evident only, not protected; a warning says so.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The modules that own a schema, in the order their migrations run. */
    static final List<String> MODULES = List.of("identity", "records", "consent", "access", "media", "messaging", "audit");

    /** Schemas whose migrations grant the application's role what it may do; the others get full use here. */
    static final Set<String> GRANTING_THEIR_OWN = Set.of("audit");

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String appRole;

    @Inject
    @ConfigProperty(name = "db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "db.migration-password")
    Optional<String> migrationPassword;

    @Resource(lookup = "java:app/jdbc/sammen")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void migrate() {
        boolean separateOwner = migrationUser.filter(u -> !u.isBlank() && !u.equals(appRole)).isPresent();
        if (!separateOwner) {
            LOG.warning("db.migration-user is not set: the application's role owns the schemas, so the audit trail "
                    + "is tamper-evident but not protected against changes by that role (ADR 0012)");
        }
        for (String module : MODULES) {
            long started = System.nanoTime();
            var configuration = Flyway.configure(DatabaseMigrations.class.getClassLoader());
            if (separateOwner) {
                configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(null));
            } else {
                configuration.dataSource(dataSource);
            }
            var result = configuration
                    .placeholders(Map.of("appRole", quoted(appRole)))
                    .schemas(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info(() -> "schema " + module + " at version " + result.targetSchemaVersion + ", "
                    + result.migrationsExecuted + " migrations in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (separateOwner && !GRANTING_THEIR_OWN.contains(module)) {
                grantFullUse(configuration.getDataSource(), module);
            }
        }
        ready.fire(new DatabaseReady());
    }

    /** The application's role may read and change every table of the schema (as the owner, before ADR 0012). */
    private void grantFullUse(DataSource owner, String schema) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            String role = quoted(appRole);
            s.execute("grant usage on schema " + schema + " to " + role);
            s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
            s.execute("grant usage, select on all sequences in schema " + schema + " to " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant " + schema + " to the application's role", e);
        }
    }

    /** A role name as an SQL identifier. */
    static String quoted(String role) {
        return "\"" + role.replace("\"", "\"\"") + "\"";
    }
}
