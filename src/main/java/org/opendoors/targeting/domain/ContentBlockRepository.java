package org.opendoors.targeting.domain;

import java.util.List;

public interface ContentBlockRepository {

    List<ContentBlock> all();
}
