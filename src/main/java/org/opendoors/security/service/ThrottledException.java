package org.opendoors.security.service;

import java.time.Duration;

/** Too many wrong passwords: this one was not even checked. Says how long to wait. */
public class ThrottledException extends Exception {

    private final Duration wait;

    public ThrottledException(Duration wait) {
        super("Too many wrong passwords. Please wait " + describe(wait) + " and try again.");
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }

    /** The wait in whole seconds, rounded up and never 0: what a person is told to wait. */
    public static long secondsToWait(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** "40 seconds", "3 minutes": rounded up, never "0 seconds". */
    public static String describe(Duration wait) {
        long seconds = secondsToWait(wait);
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    }
}
