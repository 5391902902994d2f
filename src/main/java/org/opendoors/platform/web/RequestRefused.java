package org.opendoors.platform.web;



/**
 * A back-office request the server refused before any page of ours ran (a role the account lacks, a method or a
 * size it does not take, a malformed request): fired by the error page so the refusal reaches the audit log,
 * which lives in a feature that depends on this one.
 */
public record RequestRefused(String method, String path, int status) {
}
