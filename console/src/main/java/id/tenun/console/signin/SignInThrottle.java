package id.tenun.console.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import id.tenun.console.signin.SignInRecord.Outcome;

/**
 * Holds back failed sign-ins: before the form's password is even checked, a held account or address is sent back to
 * the sign-in page with the time it may try again; each failure is counted ({@link SignInAttempts}); a success clears
 * the account and goes on to where the person was going (e.g. an OAuth authorization request). Each outcome is
 * recorded ({@link SignInRecords}).
 */
class SignInThrottle extends OncePerRequestFilter
        implements
            AuthenticationFailureHandler,
            AuthenticationSuccessHandler {

    static final String IDENTIFIER = "identifier";

    private final SignInAttempts attempts;
    private final SignInRecords records;
    private final AuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInThrottle(SignInAttempts attempts, SignInRecords records) {
        this.attempts = attempts;
        this.records = records;
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
            records.record(Outcome.HELD, account, null, request.getRemoteAddr());
            sendBackHeld(request, response, held.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInName account = account(request);
        attempts.failed(account, request.getRemoteAddr());
        records.record(Outcome.FAILED, account, null, request.getRemoteAddr());
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
        records.record(Outcome.SIGNED_IN, account, authentication.getName(), request.getRemoteAddr());
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
