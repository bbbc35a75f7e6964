package org.ronghe.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded database's two passwords: the superuser's ({@code postgres}, used only to migrate the schema and to set
 * up roles) and the application role's ({@code ronghe}, which owns nothing and may only read and write rows). Generated
 * once per data directory into {@code keys/database.properties} (owner-only); an ephemeral database gets fresh ones in
 * memory.
 */
record DatabaseCredentials(String superuserPassword, String appPassword) {

    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "ronghe";

    static DatabaseCredentials generated() {
        return new DatabaseCredentials(SecretFiles.random(), SecretFiles.random());
    }

    /** The stored passwords of this data directory, generated and stored on first use. */
    static DatabaseCredentials of(Path dataDir) throws IOException {
        Path file = dataDir.resolve("keys").resolve("database.properties");
        Properties stored = SecretFiles.read(file).orElse(null);
        if (stored != null) {
            return new DatabaseCredentials(
                    stored.getProperty("superuser-password"), stored.getProperty("app-password"));
        }
        DatabaseCredentials fresh = generated();
        Properties properties = new Properties();
        properties.setProperty("superuser-password", fresh.superuserPassword());
        properties.setProperty("app-password", fresh.appPassword());
        SecretFiles.write(
                file,
                properties,
                "Passwords of the embedded PostgreSQL in ../postgres: superuser 'postgres' "
                        + "(migrations) and role 'ronghe' (the application). Only this file holds them.");
        return fresh;
    }
}
