package no.sammen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The plainest connection pool: a fixed number of connections opened up front, borrowed and given back through a
 * blocking queue. The floor uses as many connections as Sammen's datasource may ({@code max-pool-size} 32 in
 * {@code web.xml}), with the same driver property ({@code stringtype=unspecified}), so that waiting for a connection
 * at 50 users is part of both measurements.
 */
final class ConnectionPool implements AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ConnectionPool(String url, String user, String password, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("stringtype", "unspecified");
        properties.setProperty("ApplicationName", "sammen-benchmark-floor");
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(url, properties);
            c.setAutoCommit(false);
            all.add(c);
            idle.add(c);
        }
    }

    Connection borrow() throws InterruptedException {
        return idle.take();
    }

    void giveBack(Connection connection) {
        idle.add(connection);
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing at the end of the run; nothing left to do with it
            }
        }
    }
}
