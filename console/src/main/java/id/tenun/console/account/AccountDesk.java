package id.tenun.console.account;

import org.springframework.stereotype.Service;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.audit.Actor;
import id.tenun.console.paging.PageOf;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * What staff and admins do to accounts that exist: list them, disable and enable them, change a role or groups.
 * Staff look after mentors and group members, admins anyone ({@link Stewardship}); nobody disables themselves or
 * changes their own access. Each change is in the account record.
 */
@Service
public class AccountDesk {

    private final Users users;
    private final AccountRecords records;

    AccountDesk(Users users, AccountRecords records) {
        this.users = users;
        this.records = records;
    }

    /** One page of the users, of one role and matching a text (name, phone number, email) when given. */
    public PageOf<UserView> list(Role role, String text, PageRequest page, CurrentUser by) {
        if (!Stewardship.isSteward(by)) {
            throw new Forbidden("Only staff and admins see the users");
        }
        return new PageOf<>(users.page(role, text, page).stream().map(UserView::of).toList(), page.page(),
                page.size(), users.count(role, text));
    }

    /** One user, for staff and admins; 404 for no such user. */
    public UserView one(String userId, CurrentUser by) {
        if (!Stewardship.isSteward(by)) {
            throw new Forbidden("Only staff and admins see the users");
        }
        return view(userId);
    }

    /** A disabled user cannot sign in, gets no token, and their open sessions end at their next request. */
    public UserView disable(String userId, Actor by) {
        if (userId.equals(by.id())) {
            throw new Forbidden("Nobody disables themselves");
        }
        return setActive(userId, false, Action.DISABLED, by);
    }

    public UserView enable(String userId, Actor by) {
        return setActive(userId, true, Action.ENABLED, by);
    }

    /** The next token of the user carries the new role and groups. */
    public UserView changeAccess(String userId, ChangeAccess command, Actor by) {
        if (userId.equals(by.id())) {
            throw new Forbidden("Nobody changes their own role or groups");
        }
        User user = lookedAfter(userId, by);
        if (!Stewardship.looksAfter(by.user(), command.role())) {
            throw new Forbidden("Staff make mentors and group members; only admins make staff and admins");
        }
        users.setAccess(userId, command.role(), command.groupId(), command.mentorGroupIds());
        records.change(Action.ACCESS_CHANGED, by, userId, new ChangeAccess(user.role(), user.groupId(),
                user.mentorGroupIds()).describe() + " -> " + command.describe());
        return view(userId);
    }

    private UserView setActive(String userId, boolean active, Action action, Actor by) {
        lookedAfter(userId, by);
        users.setActive(userId, active);
        records.change(action, by, userId, null);
        return view(userId);
    }

    /** The user, if the caller looks after their role: 404 for no such user, 403 for someone they do not. */
    private User lookedAfter(String userId, Actor by) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("User", userId));
        if (!Stewardship.looksAfter(by.user(), user.role())) {
            throw new Forbidden("Staff look after mentors and group members; only admins after staff and admins");
        }
        return user;
    }

    private UserView view(String userId) {
        return users.byId(userId).map(UserView::of).orElseThrow(() -> new NotFound("User", userId));
    }
}
