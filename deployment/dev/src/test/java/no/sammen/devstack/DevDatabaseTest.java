package no.sammen.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevDatabaseTest {

    @Test
    void sammen_can_connect_to_the_database_the_owner_role_owns_and_neither_is_a_superuser() throws Exception {
        try (DevDatabase db = DevDatabase.startTemporary(0)) {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + db.port() + "/sammen");
            assertThat(selectOneAndOwner(db)).isEqualTo("1 sammen_owner");
            try (Connection c = db.superuserConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from pg_roles where rolname in ('sammen', "
                         + "'sammen_owner') and not rolsuper and not rolcreaterole and not rolcreatedb")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void a_persistent_data_directory_survives_a_restart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (DevDatabase db = DevDatabase.start(0, data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        try (DevDatabase db = DevDatabase.start(0, data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    private static String selectOneAndOwner(DevDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1, pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
            rs.next();
            return rs.getInt(1) + " " + rs.getString(2);
        }
    }
}
