package org.opendoors.web;

/** A rendered family page kept for repeat requests: its bytes as sent, gzipped once, and its entity tag. */
public record CachedHtml(byte[] html, byte[] gzipped, String contentType, String etag) {
}
