package id.tenun.console.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;

/**
 * Holds back failed sign-ins: before the form's password is even checked, a held account or address is sent back to
 * the sign-in page with the time it may try again; each failure is counted ({@link SignInAttempts}); the right
 * password of a disabled account is not a failure but is sent back saying the account is disabled; a success clears
 * the account and goes on to where the person was going (e.g. an OAuth authorization request). Each outcome is
 * recorded ({@link AccountRecords}).
 */
class SignInThrottle extends OncePerRequestFilter
        implements
            AuthenticationFailureHandler,
            AuthenticationSuccessHandler {

    static final String IDENTIFIER = "identifier";

    private final SignInAttempts attempts;
    private final AccountRecords records;
    private final Clock clock;
    private final AuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInThrottle(SignInAttempts attempts, AccountRecords records, Clock clock) {
        this.attempts = attempts;
        this.records = records;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignInName account = account(request);
        Optional<Instant> held = attempts.heldUntil(account, request.getRemoteAddr());
        if (held.isPresent()) {
            records.byThemselves(Action.HELD, account.key(), null, request.getRemoteAddr());
            sendBackHeld(request, response, held.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInName account = account(request);
        if (exception instanceof DisabledException) {
            records.byThemselves(Action.REFUSED_DISABLED, account.key(), null, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        attempts.failed(account, request.getRemoteAddr());
        records.byThemselves(Action.FAILED, account.key(), null, request.getRemoteAddr());
        Optional<Instant> held = attempts.heldUntil(account, request.getRemoteAddr());
        if (held.isPresent()) {
            sendBackHeld(request, response, held.get());
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        SignInName account = account(request);
        attempts.succeeded(account);
        StaleSessionFilter.signedIn(request.getSession(), clock.instant());
        records.byThemselves(Action.SIGNED_IN, account.key(), authentication.getName(), request.getRemoteAddr());
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    private static SignInName account(HttpServletRequest request) {
        return SignInName.of(request.getParameter(IDENTIFIER));
    }

    private static void sendBackHeld(HttpServletRequest request, HttpServletResponse response, Instant until)
            throws IOException {
        SignInHold.record(request.getSession(), until);
        response.sendRedirect(request.getContextPath() + "/login?held");
    }
}
