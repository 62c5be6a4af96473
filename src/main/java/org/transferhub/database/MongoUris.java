package org.transferhub.database;

import com.mongodb.ConnectionString;

/** Log-safe rendering of connection strings: hosts and database, never credentials. */
final class MongoUris {

    private MongoUris() {}

    static String withoutCredentials(ConnectionString uri) {
        String database = uri.getDatabase() == null ? "" : "/" + uri.getDatabase();
        return String.join(",", uri.getHosts()) + database;
    }
}
