package org.transferhub.database;

import org.bson.BsonValue;
import org.springframework.data.mongodb.core.ChangeStreamEvent;

/** The id of the document a change-stream event is about, as the string our documents use as {@code _id}. */
public final class ChangedIds {

    private ChangedIds() {}

    /** Null when the event names no document (e.g. an invalidate event). */
    public static String of(ChangeStreamEvent<?> event) {
        if (event.getRaw() == null || event.getRaw().getDocumentKey() == null) {
            return null;
        }
        BsonValue id = event.getRaw().getDocumentKey().get("_id");
        if (id == null) {
            return null;
        }
        if (id.isObjectId()) {
            return id.asObjectId().getValue().toHexString();
        }
        return id.isString() ? id.asString().getValue() : id.toString();
    }
}
