package org.transferhub.search.vocabulary;

/** A concept found in a text, with the offsets of the words that named it. */
public record ConceptMention(String code, int start, int end) {}
