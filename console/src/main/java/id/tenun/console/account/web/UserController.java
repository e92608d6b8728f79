package id.tenun.console.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.account.AccountDesk;
import id.tenun.console.account.ChangeAccess;
import id.tenun.console.account.UserView;
import id.tenun.console.audit.Actor;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationDesk.Invited;
import id.tenun.console.paging.PageOf;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Staff and admins look after the users: list and search them, reset a password (the answer holds the link, shown
 * this once), disable and enable, change a role or groups.
 */
@RestController
@RequestMapping("/api/users")
@Validated
class UserController {

    private final AccountDesk accounts;
    private final InvitationDesk invitations;

    UserController(AccountDesk accounts, InvitationDesk invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping
    PageOf<UserView> list(@RequestParam(required = false) Role role,
            @RequestParam(required = false) @Size(max = 100) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser by) {
        return accounts.list(role, q, PageRequest.of(page, size, PageOf.MAX_SIZE), by);
    }

    @PostMapping("/{id}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    Invited resetPassword(@PathVariable String id, CurrentUser by, HttpServletRequest request) {
        return invitations.resetPassword(id, new Actor(by, request.getRemoteAddr()));
    }

    @PostMapping("/{id}/disable")
    UserView disable(@PathVariable String id, CurrentUser by, HttpServletRequest request) {
        return accounts.disable(id, new Actor(by, request.getRemoteAddr()));
    }

    @PostMapping("/{id}/enable")
    UserView enable(@PathVariable String id, CurrentUser by, HttpServletRequest request) {
        return accounts.enable(id, new Actor(by, request.getRemoteAddr()));
    }

    @PutMapping("/{id}/access")
    UserView changeAccess(@PathVariable String id, @RequestBody ChangeAccess command, CurrentUser by,
            HttpServletRequest request) {
        return accounts.changeAccess(id, command, new Actor(by, request.getRemoteAddr()));
    }
}
