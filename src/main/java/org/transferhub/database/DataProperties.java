package org.transferhub.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where TransferHub keeps what it writes to disk: the embedded database file and the search index.
 *
 * @param dir the data directory ({@code TRANSFERHUB_DATA_DIR}, default {@code ./data})
 */
@ConfigurationProperties("transferhub.data")
public record DataProperties(@DefaultValue("./data") Path dir) {

    public Path embeddedDatabaseFile() {
        return dir.resolve("mongo").resolve("transferhub.mv");
    }

    public Path searchIndexDir() {
        return dir.resolve("index");
    }
}
