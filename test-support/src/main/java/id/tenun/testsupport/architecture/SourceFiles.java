package id.tenun.testsupport.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Java source files of a module, read as text, for the rules that byte code cannot see (string literals). */
final class SourceFiles {

    private final Path root;

    private SourceFiles(Path root) {
        this.root = root;
    }

    /** The sources below {@code root}, relative to the module the tests run in. */
    static SourceFiles under(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("No source folder " + root.toAbsolutePath()
                    + ": run the test from the module's directory (Maven does)");
        }
        return new SourceFiles(root);
    }

    /** Every line, as {@code file:line: text}, that has one of {@code literals} as a whole string literal. */
    List<String> linesContainingAnyLiteral(List<String> literals) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (literals.stream().anyMatch(literal -> line.contains('"' + literal + '"'))) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
