package org.transferhub.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded database as a process of its own, so that operators and tests can stop and start
 * "the database" independently of the app: {@code java -cp transferhub.jar
 * -Dloader.main=org.transferhub.database.EmbeddedMongoLauncher
 * org.springframework.boot.loader.launch.PropertiesLauncher PORT FILE}.
 */
public final class EmbeddedMongoLauncher {

    private EmbeddedMongoLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedMongoLauncher PORT DATA_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        EmbeddedMongo mongo = EmbeddedMongo.start(file, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        // Printed for scripts and tests that wait for the server to accept connections.
        System.out.println("EMBEDDED_MONGO_READY " + mongo.connectionString("transferhub"));
        System.out.flush();
        stopped.await();
    }
}
