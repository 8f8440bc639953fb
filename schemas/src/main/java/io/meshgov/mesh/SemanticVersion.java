package io.meshgov.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version. Data products are often published as {@code MAJOR.MINOR} ("2.1"), which means 2.1.0; both
 * spellings parse to the same version. A pre-release tag ({@code 3.0.0-rc.1}) orders before its release, as
 * semver.org defines; build metadata is not accepted because it would make two spellings of one version unequal.
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease)
        implements Comparable<SemanticVersion> {

    private static final String NUMBER = "(0|[1-9]\\d{0,8})";
    private static final String IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SYNTAX = Pattern.compile(
            NUMBER + "\\." + NUMBER + "(?:\\." + NUMBER + ")?(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?");

    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers cannot be negative");
        }
    }

    public static SemanticVersion parse(String text) {
        Matcher m = text == null || text.length() > 64 ? null : SYNTAX.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("version '" + ProductId.abbreviate(text)
                    + "' is not a semantic version (MAJOR.MINOR or MAJOR.MINOR.PATCH, optional -prerelease)");
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch, m.group(4));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isPreRelease() {
        return preRelease != null;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) c = Integer.compare(minor, other.minor);
        if (c == 0) c = Integer.compare(patch, other.patch);
        if (c != 0) return c;
        if (preRelease == null || other.preRelease == null) {
            return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
        }
        return comparePreRelease(split(preRelease), split(other.preRelease));
    }

    private static List<String> split(String preRelease) {
        return new ArrayList<>(List.of(preRelease.split("\\.")));
    }

    private static int comparePreRelease(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i), y = b.get(i);
            boolean xNum = x.chars().allMatch(Character::isDigit),
                    yNum = y.chars().allMatch(Character::isDigit);
            int c = xNum && yNum
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y))
                    : xNum ? -1 : yNum ? 1 : x.compareTo(y);
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The full spelling, {@code 2.1.0}: the canonical key of a version. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
}
