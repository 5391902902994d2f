package org.opendoors.translation.domain;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

import java.util.List;

/**
 * What the live preview shows: the rendered samples, or why the message cannot be rendered ({@code error} in
 * English, {@code errorWording} in the reader's language).
 */
public record MessagePreviewResult(List<PreviewSample> samples, String error, StaffWording errorWording) {

    public static MessagePreviewResult rendered(List<PreviewSample> samples) {
        return new MessagePreviewResult(List.copyOf(samples), null, null);
    }

    public static MessagePreviewResult failed(StaffWording why) {
        return new MessagePreviewResult(List.of(), StaffMessages.english(why), why);
    }

    public boolean isRendered() {
        return error == null;
    }
}
