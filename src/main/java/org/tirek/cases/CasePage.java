package org.tirek.cases;

import java.util.List;

/** One page of the case list and how many cases match in all. */
public record CasePage(List<CaseSummary> cases, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
