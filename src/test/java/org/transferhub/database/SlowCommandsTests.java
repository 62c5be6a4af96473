package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slow-command log shows a filter's shape, never its values, and copes with nulls. */
class SlowCommandsTests {

    @Test
    void replacesEveryValueByItsTypeAndKeepsNulls() {
        Document filter = new Document("status", "OPEN")
                .append("expiryReminderSentAt", null)
                .append("version", new Document("$lt", 3L))
                .append("$or", List.of(new Document("email", "someone@example.org")))
                .append("tags", Arrays.asList("a", null));

        assertThat(SlowCommands.shape(filter)).hasToString(
                "{status=String, expiryReminderSentAt=null, version={$lt=Long}, $or=[{email=String}], tags=[String, null]}");
    }

    @Test
    void showsALongListAsItsFirstShapeAndItsLength() {
        List<Document> updates = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> new Document("q", new Document("_id", "m" + i))).toList();

        assertThat(SlowCommands.shape(updates)).hasToString("500 × {q={_id=String}}");
    }
}
