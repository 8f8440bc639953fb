package io.meshgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ link to each other by relative paths and heading anchors; a moved section or a renamed
 * heading must not leave a link behind. Anchors follow GitHub's rules, since that is where the pages are read.
 */
class DocumentationLinksTests {

    private static final int README_MAX_BYTES = 15_000;
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*(\\S+)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkResolvesToAFileAndHeading() throws IOException {
        // given
        Path root = repositoryRoot();
        List<Path> pages = pages(root);

        // when
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            List<String> lines = withoutFencedCode(Files.readAllLines(page));
            for (int i = 0; i < lines.size(); i++) {
                for (String target : linkTargets(lines.get(i))) {
                    checked++;
                    String problem = problemWith(page, target);
                    if (problem != null) {
                        broken.add(root.relativize(page) + ":" + (i + 1) + " " + target + ": " + problem);
                    }
                }
            }
        }

        // then
        assertThat(checked).as("relative links checked in %s", pages).isPositive();
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void readmeStaysTheFrontDoorWithinFifteenThousandBytes() throws IOException {
        long size = Files.size(repositoryRoot().resolve("README.md"));

        assertThat(size).as("README.md bytes (move detail to docs/)").isLessThanOrEqualTo(README_MAX_BYTES);
    }

    /** Maven runs a module's tests in the module's directory, so the repository is its parent. */
    private static Path repositoryRoot() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("README.md"))
                .as("README.md in the repository root %s (tests must run from the mesh-cli directory)", root)
                .isRegularFile();
        return root;
    }

    private static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Relative link targets on one line, outside code spans; absolute URLs (any scheme) are not checked. */
    private static List<String> linkTargets(String line) {
        String text = CODE_SPAN.matcher(line).replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher inline = INLINE_LINK.matcher(text);
        while (inline.find()) targets.add(inline.group(1));
        Matcher reference = REFERENCE_DEFINITION.matcher(text);
        if (reference.find()) targets.add(reference.group(1));
        return targets.stream()
                .map(t -> t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t)
                .filter(t -> !SCHEME.matcher(t).find())
                .toList();
    }

    /** Why a target does not resolve from the page it is on, or null when it does. */
    private String problemWith(Path page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) return "no such file " + file;
        if (anchor == null || !file.toString().endsWith(".md")) return null;
        Set<String> known = anchors.computeIfAbsent(file, DocumentationLinksTests::headingAnchors);
        return known.contains(anchor) ? null : "no heading with anchor #" + anchor + " (there are " + known + ")";
    }

    /** GitHub's anchors: rendered heading text, lowercased, punctuation but '-' and '_' dropped, spaces to '-'. */
    private static Set<String> headingAnchors(Path file) {
        List<String> lines;
        try {
            lines = withoutFencedCode(Files.readAllLines(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        Map<String, Integer> seen = new HashMap<>();
        Set<String> anchors = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String heading = heading(lines, i);
            if (heading == null) continue;
            String slug = slug(heading);
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    private static String heading(List<String> lines, int i) {
        Matcher atx = ATX_HEADING.matcher(lines.get(i));
        if (atx.matches()) return atx.group(1);
        boolean underlined = i + 1 < lines.size()
                && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches();
        String line = lines.get(i).strip();
        return underlined && !line.isEmpty() && !line.startsWith("|") && !line.startsWith("#") ? line : null;
    }

    private static String slug(String heading) {
        String rendered = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replace("`", "")
                .replace("*", "");
        return rendered.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /** The lines with fenced code blocks blanked, so line numbers stay right and code never counts as a link. */
    private static List<String> withoutFencedCode(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        String fence = null;
        for (String line : lines) {
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                kept.add("");
            } else if (fence != null) {
                if (line.strip().startsWith(fence)) fence = null;
                kept.add("");
            } else {
                kept.add(line);
            }
        }
        return kept;
    }
}
