package org.transferhub.catalog.importing;

/**
 * One line of an uploaded file.
 *
 * @param number 1-based line number in the file, as reported back to the client
 * @param text the line without its line break, or null when it was longer than the limit
 */
record RawLine(int number, String text) {

    boolean tooLong() {
        return text == null;
    }
}
