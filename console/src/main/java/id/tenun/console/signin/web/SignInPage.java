package id.tenun.console.signin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.tenun.console.signin.SignInHold;

/**
 * The sign-in page: phone number or email and password, in Bahasa Indonesia unless English was asked for; after
 * repeated failures it says at what time (WITA) and in how many minutes the person may try again.
 */
@Controller
class SignInPage {

    /** Nusa Tenggara Timur's time zone, in which times are shown. */
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final MessageSource messages;
    private final Clock clock;

    SignInPage(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/login")
    String signIn(HttpSession session, Model model, Locale locale) {
        SignInHold.until(session).filter(until -> until.isAfter(clock.instant())).ifPresent(until -> {
            DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getMessage("time.pattern", null, locale));
            model.addAttribute("heldAt", time.format(until.atZone(WITA)));
            model.addAttribute("heldMinutes", minutesUntil(until));
        });
        return "signin";
    }

    private long minutesUntil(Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
