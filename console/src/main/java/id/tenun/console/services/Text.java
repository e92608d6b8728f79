package id.tenun.console.services;

import java.util.Locale;

/** Words a service wrote in both languages ({@code {id, en}}); the page shows the reader's. */
public record Text(String id, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : id;
    }
}
