package org.opendoors.platform.startup;

/**
 * A setting the portal cannot start with. It names the environment variable, says what is wrong with it and what
 * to do, in words an operator reads once in the log; {@link PortalStop} then ends the process. Whatever refuses a
 * setting at start-up (the database, the data or content folder, the first admin's password) throws this type.
 */
public class BadConfiguration extends RuntimeException {

    private static final int LONGEST_DETAIL = 300;

    private final String variable;

    /**
     * @param variable the environment variable at fault, e.g. {@code OPENDOORS_DB_URL}
     * @param problem  what is wrong, e.g. "the PostgreSQL server at db:5432 cannot be reached"
     * @param remedy   what to do, e.g. "start it, or correct the address"
     */
    public BadConfiguration(String variable, String problem, String remedy) {
        this(variable, problem, remedy, null);
    }

    public BadConfiguration(String variable, String problem, String remedy, Throwable cause) {
        super(oneLine(problem).replaceFirst("\\.$", "") + " (" + variable + "). " + oneLine(remedy), cause);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }

    /**
     * A detail from elsewhere (a driver's message) made fit for the one line: no line breaks, bounded length.
     * Drivers' messages name hosts, ports, users and files, never passwords.
     */
    public static String detail(String text) {
        String line = oneLine(text == null ? "" : text);
        return line.length() <= LONGEST_DETAIL ? line : line.substring(0, LONGEST_DETAIL - 1) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
