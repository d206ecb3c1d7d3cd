package org.tirek.proceedings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rule packs", description = "The time limits deadlines are computed from, with basis and confidence")
class RulePacksApi {

    private final RulePackViews views;

    RulePacksApi(RulePackViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/rule-packs")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary =
                    "Every rule pack in force: id, version, source, calendar, and every rule with its basis and confidence",
            description =
                    "Labels and notes come in the language of the request. A rule with confidence UNVERIFIED must be"
                            + " checked by a lawyer before anyone relies on its dates.")
    List<RulePackViews.PackView> packs() {
        return views.all();
    }
}
