package org.transferhub.transfer;

import java.util.List;

/** What a requester submits when applying; validated for shape by the web form, for meaning by {@link Applications}. */
public record ApplyCommand(String listingId, String needId, String intendedUse, List<Readiness.Answer> readiness,
        int patientsPerYear, int professionalsToTrain, String preferredMode, String timeline) {}
