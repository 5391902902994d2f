package org.opendoors.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Family views are transient from the moment they are created, not only once their template says so while it is
 * built. Something that stores per-view state before then (PrimeFaces keeps its script nonce in the view map of a
 * view not yet marked transient) would otherwise open a session, and family pages never have one.
 */
public class TransientFamilyViews extends ViewHandlerWrapper {

    public TransientFamilyViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && viewId != null && !viewId.startsWith("/admin/")) {
            root.setTransient(true);
        }
        return root;
    }
}
