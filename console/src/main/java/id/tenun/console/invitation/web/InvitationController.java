package id.tenun.console.invitation.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationDesk.Invited;
import id.tenun.console.invitation.InviteUser;
import id.tenun.support.security.CurrentUser;

/** Staff and admins invite people; the answer holds the link, which is shown this once and nowhere else. */
@RestController
class InvitationController {

    private final InvitationDesk desk;

    InvitationController(InvitationDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Invited invite(@RequestBody InviteUser command, CurrentUser by) {
        return desk.invite(command, by);
    }
}
