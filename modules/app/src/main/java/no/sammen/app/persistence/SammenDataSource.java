package no.sammen.app.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's datasource. Address and credentials come from configuration ({@code db.url},
 * {@code db.user}, {@code db.password}; in production from the environment: {@code DB_URL}, ...).
 * {@code stringtype=unspecified} lets PostgreSQL type bound strings itself (uuid, jsonb columns).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/sammen",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"stringtype=unspecified", "ApplicationName=sammen"})
@ApplicationScoped
public class SammenDataSource {
}
