package id.tenun.console.signin;

import java.io.IOException;

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
 * Ends the session of a person whose account was disabled (or is gone) at their next request, and sends them to the
 * sign-in page, which says the account is disabled. Looks the account up once per page request of a signed-in person.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Users users;
    private final AccountRecords records;

    ActiveAccountFilter(Users users, AccountRecords records) {
        this.users = users;
        this.records = records;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
                && users.byId(signedIn.getName()).filter(User::active).isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            records.byThemselves(Action.SESSION_ENDED, null, signedIn.getName(), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        chain.doFilter(request, response);
    }
}
