package org.transferhub.needs;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.needs.NeedCodes.Outcome;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedErrors.NeedInWrongState;

/**
 * A requesting hospital's need: its content, who may see it and where it stands. Every transition
 * checks the current status; the save is guarded by {@code @Version}, so of two racing changes
 * (an edit and the expiry job on another node) exactly one wins and the other gets 409.
 */
@Document("needs")
public class Need {

    @Id
    private final String id;
    @Version
    private Long version;
    @Indexed
    private final String institutionId;
    private final String createdBy;
    private NeedContent content;
    private Visibility visibility;
    @Indexed
    private NeedStatus status;
    private Outcome outcome;
    private String outcomeNote;
    private String matchedListingId;
    private final Instant createdAt;
    /** Set by every change: matching follows other nodes' changes by it (OpenNeeds). */
    @Indexed
    private Instant updatedAt;
    private Instant openedAt;
    @Indexed
    private Instant expiresAt;
    private Instant reminderSentAt;
    /** Vocabulary concepts of the title and statement, for the board's cross-lingual text filter. */
    @Indexed
    private java.util.List<String> concepts;
    /**
     * Words of the title and statement as the search index analyses the need's language
     * ({@code field:term}), for the board's text filter; null until analysed (needs saved before the
     * board read words, or while no analysis was available: {@code NeedWordsBackfill} fills them).
     */
    private java.util.List<String> words;

    @PersistenceCreator
    Need(String id, Long version, String institutionId, String createdBy, NeedContent content, Visibility visibility,
            NeedStatus status, Outcome outcome, String outcomeNote, String matchedListingId, Instant createdAt,
            Instant updatedAt, Instant openedAt, Instant expiresAt, Instant reminderSentAt, java.util.List<String> concepts,
            java.util.List<String> words) {
        this.id = id;
        this.version = version;
        this.institutionId = institutionId;
        this.createdBy = createdBy;
        this.content = content;
        this.visibility = visibility;
        this.status = status;
        this.outcome = outcome;
        this.outcomeNote = outcomeNote;
        this.matchedListingId = matchedListingId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
        this.reminderSentAt = reminderSentAt;
        this.concepts = concepts == null ? java.util.List.of() : concepts;
        this.words = words;
    }

    static Need draft(String id, String institutionId, String userId, NeedContent content, Visibility visibility,
            Instant now) {
        return new Need(id, null, institutionId, userId, content, visibility, NeedStatus.DRAFT, null, null, null, now,
                now, null, null, null, java.util.List.of(), null);
    }

    /** Content changes are allowed while the need is a draft or open (an open need is re-matched). */
    void edit(NeedContent newContent, Visibility newVisibility, Instant now) {
        require(status == NeedStatus.DRAFT || status == NeedStatus.OPEN, "edited");
        this.content = newContent;
        this.visibility = newVisibility;
        this.updatedAt = now;
    }

    /** A draft opens; an expired need may be opened again for a new period. */
    void open(Instant now, Duration period) {
        require(status == NeedStatus.DRAFT || status == NeedStatus.EXPIRED, "opened");
        this.status = NeedStatus.OPEN;
        this.openedAt = now;
        this.expiresAt = now.plus(period);
        this.reminderSentAt = null;
        this.updatedAt = now;
    }

    void close(Outcome newOutcome, String note, Instant now) {
        require(status == NeedStatus.OPEN || status == NeedStatus.MATCHED || status == NeedStatus.EXPIRED, "closed");
        this.status = NeedStatus.CLOSED;
        this.outcome = newOutcome;
        this.outcomeNote = note;
        this.updatedAt = now;
    }

    /** The requester found what they needed in a listing. */
    void markMatched(String listingId, Instant now) {
        require(status == NeedStatus.OPEN, "marked as matched");
        this.status = NeedStatus.MATCHED;
        this.matchedListingId = listingId;
        this.updatedAt = now;
    }

    void remindOfExpiry(Instant now) {
        require(status == NeedStatus.OPEN && reminderSentAt == null, "reminded");
        this.reminderSentAt = now;
    }

    void expire(Instant now) {
        require(status == NeedStatus.OPEN && expiresAt != null && !expiresAt.isAfter(now), "expired");
        this.status = NeedStatus.EXPIRED;
        this.updatedAt = now;
    }

    void indexConcepts(java.util.Collection<String> found) {
        this.concepts = found.stream().sorted().toList();
    }

    void indexWords(java.util.Collection<String> found) {
        this.words = found.stream().sorted().toList();
    }

    boolean isDraft() {
        return status == NeedStatus.DRAFT;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new NeedInWrongState(id, status, action);
        }
    }

    public String id() { return id; }
    public Long version() { return version; }
    public String institutionId() { return institutionId; }
    public String createdBy() { return createdBy; }
    public NeedContent content() { return content; }
    public Visibility visibility() { return visibility; }
    public NeedStatus status() { return status; }
    public Outcome outcome() { return outcome; }
    public String outcomeNote() { return outcomeNote; }
    public String matchedListingId() { return matchedListingId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant openedAt() { return openedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant reminderSentAt() { return reminderSentAt; }
    public java.util.List<String> concepts() { return concepts; }
    public java.util.List<String> words() { return words; }
}
