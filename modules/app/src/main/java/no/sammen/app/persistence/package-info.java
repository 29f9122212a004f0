/**
 * The database: one PostgreSQL datasource for the application, and one schema per business module, each migrated
 * by Flyway from that module's own {@code db/migration/<module>} scripts before anything else runs. Modules never
 * read each other's schemas; they talk through façades (docs/adr/0003-schema-per-module.md).
 */
package no.sammen.app.persistence;
