package id.tenun.console.invitation.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.audit.Actor;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationDesk.Invited;
import id.tenun.console.invitation.InvitationView;
import id.tenun.console.invitation.InviteUser;
import id.tenun.console.paging.PageOf;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.CurrentUser;

/**
 * Staff and admins invite people, list the invitation and reset links, and revoke one still open. The answer to an
 * invitation holds the link, which is shown this once and nowhere else.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

    private final InvitationDesk desk;

    InvitationController(InvitationDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Invited invite(@RequestBody InviteUser command, CurrentUser by, HttpServletRequest request) {
        return desk.invite(command, new Actor(by, request.getRemoteAddr()));
    }

    @GetMapping
    PageOf<InvitationView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser by) {
        return desk.list(PageRequest.of(page, size, PageOf.MAX_SIZE), by);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, CurrentUser by, HttpServletRequest request) {
        desk.revoke(id, new Actor(by, request.getRemoteAddr()));
    }
}
