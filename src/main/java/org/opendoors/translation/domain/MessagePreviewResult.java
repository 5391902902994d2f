package org.opendoors.translation.domain;

import java.util.List;

/** What the live preview shows: the rendered samples, or why the message cannot be rendered. */
public record MessagePreviewResult(List<PreviewSample> samples, String error) {

    public static MessagePreviewResult rendered(List<PreviewSample> samples) {
        return new MessagePreviewResult(List.copyOf(samples), null);
    }

    public static MessagePreviewResult failed(String error) {
        return new MessagePreviewResult(List.of(), error);
    }

    public boolean isRendered() {
        return error == null;
    }
}
