package id.tenun.console.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;

/**
 * Ends a session that no longer stands, at its next request: its account was disabled (or is gone), or its password
 * was set anew (a reset) after this session signed in. The person goes to the sign-in page, which says why. Looks the
 * account up once per page request of a signed-in person.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    private static final String SIGNED_IN_AT = StaleSessionFilter.class.getName() + ".signedInAt";

    private final Users users;
    private final AccountRecords records;

    StaleSessionFilter(Users users, AccountRecords records) {
        this.users = users;
        this.records = records;
    }

    /** Notes when the session signed in, to compare with when the password was last set. */
    static void signedIn(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_AT, at);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()) {
            HttpSession session = request.getSession(false);
            Optional<String> reason = staleBecause(users.byId(signedIn.getName()), session);
            if (reason.isPresent()) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                records.byThemselves(Action.SESSION_ENDED, null, signedIn.getName(), request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?" + reason.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session no longer stands, as the sign-in page's parameter; empty while it does. */
    private static Optional<String> staleBecause(Optional<User> user, HttpSession session) {
        if (user.filter(User::active).isEmpty()) {
            return Optional.of("disabled");
        }
        Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        if (at instanceof Instant signedInAt && signedInAt.isBefore(user.get().passwordSetAt())) {
            return Optional.of("passwordChanged");
        }
        return Optional.empty();
    }
}
