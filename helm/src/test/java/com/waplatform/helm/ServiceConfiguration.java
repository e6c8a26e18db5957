package com.waplatform.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, from its sources: its application.properties, its typed settings
 * (@ConfigMapping interfaces, @ConfigProperty names), and the same of the shared modules (web-support,
 * persistence-support) when its pom depends on them.
 */
record ServiceConfiguration(String service, List<String> lines, Set<String> codeProperties) {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    private static final Pattern PROPERTY = Pattern.compile("^(%[\\w,-]+\\.)?([^=\\s]+)\\s*=\\s*(.*)$");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([\\w.-]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+[\\w<>, ?]+\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([\\w.-]+)\"");

    static ServiceConfiguration of(String service) {
        List<String> lines = new ArrayList<>(read(ROOT.resolve(service + "/src/main/resources/application.properties")));
        Set<String> codeProperties = codeProperties(ROOT.resolve(service + "/src/main/java"));
        String pom = readString(ROOT.resolve(service + "/pom.xml"));
        for (String shared : List.of("web-support", "persistence-support")) {
            if (pom.contains("<artifactId>" + shared + "</artifactId>")) {
                lines.addAll(read(ROOT.resolve(shared + "/src/main/resources/META-INF/microprofile-config.properties")));
                codeProperties.addAll(codeProperties(ROOT.resolve(shared + "/src/main/java")));
            }
        }
        return new ServiceConfiguration(service, lines, codeProperties);
    }

    /** the properties the code asks for by name: prefix.method-name of @ConfigMapping, @ConfigProperty names */
    private static Set<String> codeProperties(Path sources) {
        Set<String> properties = new TreeSet<>();
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = readString(file);
                Matcher mapping = MAPPING.matcher(code);
                if (mapping.find()) {
                    Matcher method = MAPPING_METHOD.matcher(code);
                    while (method.find()) {
                        properties.add(mapping.group(1) + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2"));
                    }
                }
                CONFIG_PROPERTY.matcher(code).results().forEach(r -> properties.add(r.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Every variable the service reads: the ${…} of its settings, each setting's environment form
     * (identity.realm: IDENTITY_REALM), and Quarkus's own settings (QUARKUS_…).
     */
    boolean reads(String variable) {
        if (variable.startsWith("QUARKUS_")) {
            return true;
        }
        return codeProperties.stream().anyMatch(p -> envForm(p).equals(variable))
                || properties().stream().anyMatch(p -> envForm(p.group(2)).equals(variable)
                        || placeholders(p.group(3), false).contains(variable));
    }

    /** The variables without a default in the production profile: the service refuses to start without them. */
    Set<String> required() {
        Set<String> required = new TreeSet<>();
        properties().stream().filter(p -> p.group(1) == null).forEach(p -> required.addAll(placeholders(p.group(3), true)));
        return required;
    }

    /**
     * The Kafka topics its channels name in production (the outbox channel's default aside: each outbox event names
     * its own; a %test or %dev topic is the module tests' or the local stack's, never the cluster's).
     */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        properties().stream()
                .filter(p -> p.group(1) == null || p.group(1).contains("prod"))
                .filter(p -> p.group(2).endsWith(".topic") && !p.group(2).equals("mp.messaging.outgoing.outbox.topic"))
                .forEach(p -> topics.add(p.group(3).trim()));
        return topics;
    }

    private List<Matcher> properties() {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(PROPERTY::matcher).filter(Matcher::matches).toList();
    }

    private static Set<String> placeholders(String value, boolean withoutDefaultOnly) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!withoutDefaultOnly || m.group(2).isEmpty()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String envForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static List<String> read(Path file) {
        return readString(file).lines().map(String::strip).toList();
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
