package id.tenun.catalog.area.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.catalog.area.AreaMatch;
import id.tenun.catalog.area.AreaSearch;
import id.tenun.catalog.paging.PageOf;
import id.tenun.support.paging.PageRequest;

@RestController
class AreaController {

    private final AreaSearch search;

    AreaController(AreaSearch search) {
        this.search = search;
    }

    /** Areas for pickers, for any signed-in user: by name ({@code q}), {@code level} and {@code parent} code. */
    @Operation(summary = "Search provinces, regencies, districts and villages")
    @GetMapping("/api/areas")
    PageOf<AreaMatch> areas(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(q, level, parent, PageRequest.of(page, size, PageOf.MAX_SIZE));
    }
}
