package org.opendoors.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

import java.io.IOException;

/**
 * PrimeFaces' file upload in simple mode, with its file field left visible to screen readers. PrimeFaces marks the
 * native field {@code aria-hidden} because its skinned mode draws a button over it; the back office uses the plain
 * field (it posts without JavaScript and is reached with the keyboard), and a hidden field is one the page's label
 * names for nobody.
 */
public class LabelledFileUploadRenderer extends FileUploadRenderer {

    static final String HIDDEN_FROM_SCREEN_READERS = "aria-hidden";

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload upload, String clientId, String inputId,
                                          String labelId) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!HIDDEN_FROM_SCREEN_READERS.equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, upload, clientId, inputId, labelId);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
