package id.tenun.console.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.tenun.console.user.Users;
import id.tenun.support.problems.Forbidden;

/**
 * The console's own API ({@code /api/**}) refuses (403) a user disabled since their token was signed, so that a
 * disabled staff member or admin changes nothing in the minutes their last token still lives. The services, which
 * keep no users, accept such a token until it expires.
 */
@Component
class ActiveCallers implements WebMvcConfigurer, HandlerInterceptor {

    private final Users users;

    ActiveCallers(Users users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && users.byId(caller.getName()).filter(user -> !user.active()).isPresent()) {
            throw new Forbidden("This account is disabled");
        }
        return true;
    }
}
