package id.tenun.console.group.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.tenun.console.user.Users;

/**
 * Who is looking at a group's pages ({@code viewer}: the role's name), so that staff and admins get the programme's
 * top navigation on them and a mentor the way back to their groups; a member sees the pages as they are.
 */
@ControllerAdvice(basePackageClasses = GroupPagesViewer.class)
class GroupPagesViewer {

    private final Users users;

    GroupPagesViewer(Users users) {
        this.users = users;
    }

    @ModelAttribute("viewer")
    String viewer(Principal principal) {
        return principal == null
                ? null
                : users.byId(principal.getName()).map(user -> user.role().name()).orElse(null);
    }
}
