package org.opendoors.editorial.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content guard's rules ({@code guard/<lang>.yaml}) and the example sentences it learns from
 * ({@code guard/<lang>.examples.yaml}): the kernel's own files, edited like any other.
 */
public final class GuardRulesKind implements DocumentKinds {

    public static final DocumentKind GUARD_RULES = new DocumentKind("GUARD_RULES", "Content guard rules", false,
            "4 City", "guard/(?<lang>[a-z]{2,3})\\.yaml", "guard");
    public static final DocumentKind GUARD_EXAMPLES = new DocumentKind("GUARD_EXAMPLES", "Content guard examples",
            false, "4 City", "guard/(?<lang>[a-z]{2,3})\\.examples\\.yaml", "guard");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(GUARD_RULES, GUARD_EXAMPLES);
    }

    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return item.equals("guard") ? Optional.of("Content guard rules") : Optional.empty();
    }
}
