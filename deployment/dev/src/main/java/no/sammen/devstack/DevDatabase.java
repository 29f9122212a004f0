package no.sammen.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL (zonky's embedded binaries), with Sammen's roles and database.
 *
 * <p>Two roles, neither a superuser (ADR 0012): {@value #OWNER} owns the database and runs the migrations;
 * {@value #USER} (password {@value #PASSWORD}) is the application's role at run time and gets only what the
 * migrations grant it, so that it cannot change or remove audit rows. Both and the database are created if missing;
 * a data directory from before the split (everything owned by {@value #USER}) is handed to {@value #OWNER}. The
 * schema is the application's business (Flyway, at deployment).
 */
public final class DevDatabase implements AutoCloseable {

    public static final String DATABASE = "sammen";
    public static final String USER = "sammen";
    public static final String PASSWORD = "sammen";
    public static final String OWNER = "sammen_owner";
    public static final String OWNER_PASSWORD = "sammen_owner";
    /** The cluster's superuser (zonky's default, trusted locally without a password). */
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean temporary;
    private boolean closed;

    private DevDatabase(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts PostgreSQL on a data directory that survives restarts (created and initialised if missing).
     *
     * @param port          the port, or 0 for a free one
     * @param dataDirectory where the cluster lives
     */
    public static DevDatabase start(int port, Path dataDirectory) {
        return start(port, dataDirectory, false);
    }

    /**
     * Starts PostgreSQL on a data directory that survives restarts, optionally as durable as a production server.
     *
     * @param durable {@code true}: every commit waits for its WAL to reach the disk ({@code fsync},
     *                {@code synchronous_commit} and {@code full_page_writes} on), for benchmarks whose figures must
     *                include that; {@code false}: the embedded server's defaults, which never wait for the disk
     */
    public static DevDatabase start(int port, Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(port, dataDirectory, false, durable);
    }

    /**
     * Starts PostgreSQL on a fresh data directory below {@code java.io.tmpdir}; {@link #close()} deletes it.
     *
     * @param port the port, or 0 for a free one
     */
    public static DevDatabase startTemporary(int port) {
        try {
            return start(port, Files.createTempDirectory("sammen-pg"), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DevDatabase start(int port, Path dataDirectory, boolean temporary, boolean durable) {
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(temporary)
                    // The caller closes us; zonky's own hook would race the launcher's ordered shutdown.
                    .setRegisterShutdownHook(temporary);
            if (port != 0) {
                builder.setPort(port);
            }
            if (durable) {
                // After zonky's own -F (fsync off) on the command line, so these win.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (data directory " + dataDirectory + ")", e);
        }
        DevDatabase database = new DevDatabase(postgres, dataDirectory, temporary);
        try {
            database.createRoleAndDatabase();
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException("Could not create role and database '" + DATABASE + "'", e);
        }
        return database;
    }

    private void createRoleAndDatabase() throws SQLException {
        boolean handOver = false;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", USER)) {
                s.execute("create role " + USER + " with login nosuperuser nocreatedb nocreaterole password '"
                        + PASSWORD + "'");
            }
            if (!exists(c, "select 1 from pg_roles where rolname = ?", OWNER)) {
                s.execute("create role " + OWNER + " with login nosuperuser nocreatedb nocreaterole password '"
                        + OWNER_PASSWORD + "'");
                handOver = true;
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                s.execute("create database " + DATABASE + " owner " + OWNER);
                handOver = false;
            }
        }
        if (handOver) {
            // A data directory from before the owner role: everything the application's role owned is the owner's.
            try (Connection c = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
                 Statement s = c.createStatement()) {
                s.execute("alter database " + DATABASE + " owner to " + OWNER);
                s.execute("reassign owned by " + USER + " to " + OWNER);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/sammen}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** The role that owns the schemas and runs the migrations. */
    public String ownerUser() {
        return OWNER;
    }

    public String ownerPassword() {
        return OWNER_PASSWORD;
    }

    /** A connection as the cluster's superuser, to tamper with what the application may not (tests). */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL; a temporary data directory is deleted, a persistent one kept. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            if (temporary) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + jdbcUrl() + " (data " + dataDirectory + ")";
    }
}
