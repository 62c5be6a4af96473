package org.transferhub.catalog.importing;

import java.util.List;

/**
 * The answer of an import (a stable contract: other tools script against it).
 *
 * @param errors the first failed lines (capped; {@code failed} counts them all)
 */
public record ImportReport(long created, long updated, long failed, List<LineError> errors) {

    public record LineError(int line, String reference, String message) {}
}
