package org.opendoors.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log as an admin reads it on its page: the newest entries matching a filter, one row each. The page names
 * an action in the reader's words and keeps its code in the cell's title: the code is what tests compare.
 */
record AuditRows(List<Row> rows) {

    record Row(String actor, String action, String subject, String detail, String address) {
    }

    /**
     * A row of the page's table (a PrimeFaces data table): each cell is known by its column's class, whatever other
     * attributes the table writes on it. The first page only, which holds a hundred entries.
     */
    private static final Pattern ROW = Pattern.compile(
            cell("audit-when") + "[^<]*</td>\\s*"
                    + cell("audit-actor") + "([^<]*)</td>\\s*"
                    + cell("audit-action") + "<span title=\"([^\"]*)\">[^<]*</span></td>\\s*"
                    + cell("audit-subject") + "([^<]*)</td>\\s*"
                    + cell("audit-detail") + "([^<]*)</td>\\s*"
                    + cell("audit-address") + "([^<]*)</td>");

    private static String cell(String column) {
        return "<td\\b[^>]*\\bclass=\"[^\"]*\\b" + column + "\\b[^\"]*\"[^>]*>";
    }

    /** The entries whose actor or action is {@code filter}, or whose subject contains it. */
    static AuditRows read(StaffSession admin, String filter) {
        RawHttp.Response page = admin.get("/admin/audit/index.xhtml?q=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        if (page.status() != 200) {
            throw new AssertionError("The audit log did not open: " + page);
        }
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page.body());
        while (row.find()) {
            rows.add(new Row(unescape(row.group(1)), unescape(row.group(2)), unescape(row.group(3)),
                    unescape(row.group(4)), unescape(row.group(5))));
        }
        return new AuditRows(rows);
    }

    long count(String action, String subject) {
        return rows.stream().filter(row -> row.action().equals(action) && row.subject().equals(subject)).count();
    }

    List<Row> withAction(String action) {
        return rows.stream().filter(row -> row.action().equals(action)).toList();
    }

    private static String unescape(String html) {
        return StaffSession.FacesForm.unescape(html);
    }
}
