package org.opendoors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.opendoors.platform.web.FamilyQuery;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/** A family request as its page sees it: only the canonical query (see {@link FamilyQuery}), nothing else. */
final class CanonicalRequest extends HttpServletRequestWrapper {

    private final FamilyQuery query;
    private final Map<String, String[]> parameters;

    CanonicalRequest(HttpServletRequest request, FamilyQuery query) {
        super(request);
        this.query = query;
        this.parameters = Collections.unmodifiableMap(query.parameterMap());
    }

    @Override
    public String getQueryString() {
        return query.isEmpty() ? null : query.canonical();
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
