package id.tenun.console.scriptclient;

import java.util.Set;

import id.tenun.support.problems.InvalidInput;

/**
 * Registers a client for a script: what it is for, in words an admin will recognise a year later (at most
 * {@value #MAX_NAME} characters), and its scopes: {@value ScriptClient#SALES_READ} (sales reads) or {@value ScriptClient#METRICS_READ} (a metrics scraper).
 */
public record RegisterScriptClient(String name, Set<String> scopes) {

    static final int MAX_NAME = 200;

    public RegisterScriptClient {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw InvalidInput.of("name", "Tulis untuk apa klien ini (paling banyak " + MAX_NAME + " huruf), mis. "
                    + "\"Dinas Koperasi Kab. Ngada — penjualan bulanan\".",
                    "Say what this client is for (at most " + MAX_NAME + " characters), e.g. "
                            + "\"Dinas Koperasi Kab. Ngada — monthly sales\".");
        }
        name = name.strip();
        if (scopes == null || scopes.isEmpty() || !ScriptClient.ALLOWED_SCOPES.containsAll(scopes)) {
            throw InvalidInput.of("scopes", "Klien skrip hanya boleh punya cakupan " + ScriptClient.SALES_READ
                    + " atau " + ScriptClient.METRICS_READ + ".",
                    "A script client may only have the scope "
                            + ScriptClient.SALES_READ + " or " + ScriptClient.METRICS_READ + ".");
        }
        scopes = Set.copyOf(scopes);
    }
}
