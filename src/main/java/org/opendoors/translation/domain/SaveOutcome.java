package org.opendoors.translation.domain;

import java.util.List;

/**
 * What became of a translator's save: stored (perhaps with warnings, such as a text identical to the English
 * source), or refused because of errors; a refused text is not stored anywhere and the editor keeps it as typed.
 */
public record SaveOutcome(boolean saved, List<BundleFinding> findings) {

    public SaveOutcome {
        findings = List.copyOf(findings);
    }

    public List<BundleFinding> errors() {
        return findings.stream().filter(BundleFinding::isError).toList();
    }

    public List<BundleFinding> warnings() {
        return findings.stream().filter(finding -> !finding.isError()).toList();
    }
}
