package id.tenun.console;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The console's message bundles as the running console reads them, for tests that write text without Spring. */
public final class ConsoleMessages {

    private ConsoleMessages() {
    }

    /** Bahasa Indonesia for any locale but English, as on the pages. */
    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("console-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
