package id.tenun.catalog.group.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupDetails;
import id.tenun.catalog.group.GroupQuery;
import id.tenun.catalog.group.GroupRegistry;
import id.tenun.catalog.group.Groups;
import id.tenun.catalog.paging.PageOf;
import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.web.Versions;

@RestController
class GroupController {

    private final GroupRegistry registry;

    GroupController(GroupRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Register a producer group")
    @PostMapping("/api/groups")
    ResponseEntity<GroupView> register(@RequestBody GroupDetails details, CurrentUser user) {
        Group group = registry.register(details, user);
        return ResponseEntity.created(URI.create("/api/groups/" + group.id())).eTag(Versions.etag(group.version()))
                .body(GroupView.of(group));
    }

    @Operation(summary = "List the groups the caller may see")
    @GetMapping("/api/groups")
    PageOf<GroupView> list(@RequestParam(required = false) String regency,
            @RequestParam(required = false) String district, @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) GroupStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        return registry.list(new GroupQuery(regency, district, programme, status, q), user,
                PageRequest.of(page, size, PageOf.MAX_SIZE)).map(GroupView::of);
    }

    /** Groups per regency and programme, in one call, with the same filters as the list. */
    @Operation(summary = "Count groups per regency and programme")
    @GetMapping("/api/groups/counts")
    List<Groups.Count> counts(@RequestParam(required = false) String regency,
            @RequestParam(required = false) String district, @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) GroupStatus status, CurrentUser user) {
        return registry.counts(new GroupQuery(regency, district, programme, status), user);
    }

    @Operation(summary = "Read a group")
    @GetMapping("/api/groups/{id}")
    ResponseEntity<GroupView> one(@PathVariable String id, CurrentUser user) {
        Group group = registry.find(id, user);
        return ResponseEntity.ok().eTag(Versions.etag(group.version())).body(GroupView.of(group));
    }

    @Operation(summary = "Change a group")
    @PutMapping("/api/groups/{id}")
    ResponseEntity<GroupView> update(@PathVariable String id, @RequestBody GroupDetails details,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        Group group = registry.update(id, details, Versions.fromIfMatch(ifMatch), user);
        return ResponseEntity.ok().eTag(Versions.etag(group.version())).body(GroupView.of(group));
    }
}
