package id.tenun.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds marketplace channel names written as string literals in a service's main code: what a channel can do and
 * what it costs is the marketplaces module's knowledge, so a service never branches on a channel's name.
 */
public final class ChannelNames {

    private static final Pattern LITERAL = Pattern.compile("\"(tokopedia|shopee|lazada)\"", Pattern.CASE_INSENSITIVE);

    private ChannelNames() {
    }

    /** Every {@code file:line: text} under the source root that holds a channel name literal. */
    public static List<String> literalsUnder(Path sourceRoot) {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (LITERAL.matcher(lines.get(i)).find()) {
                        hits.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}
