package id.tenun.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import id.tenun.support.problems.Forbidden;

/** Keeps script clients to the endpoints marked {@link ClientScope} with a scope their token grants: 403 elsewhere. */
class ClientScopeGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return true;
        }
        CurrentUser caller = CurrentUser.from(jwt);
        if (caller.isPerson()) {
            return true;
        }
        ClientScope scope = handler instanceof HandlerMethod method
                ? method.getMethodAnnotation(ClientScope.class)
                : null;
        if (scope == null || !caller.hasScope(scope.value())) {
            throw new Forbidden("This client may not call " + request.getRequestURI() + ".");
        }
        return true;
    }
}
