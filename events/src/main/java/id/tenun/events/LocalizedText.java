package id.tenun.events;

/**
 * A sentence for people, in Bahasa Indonesia ({@code id}, the ISO 639-1 code, shown first) and in English
 * ({@code en}).
 */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        Checks.notBlank(id, "LocalizedText.id");
        Checks.notBlank(en, "LocalizedText.en");
    }

}
