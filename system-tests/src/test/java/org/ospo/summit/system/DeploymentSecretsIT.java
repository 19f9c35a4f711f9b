package org.ospo.summit.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployments hand out secrets on a need-to-know basis: only invitation-service, which signs tokens, gets the JWT
 * signing key — in the rendered Kubernetes manifests and in docker-compose — and compose hard-codes no secret.
 */
class DeploymentSecretsIT {
    private static final Path ROOT =
            Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void onlyInvitationServiceGetsTheSigningKeyInKubernetes() throws Exception {
        Set<String> withSigningKey = new TreeSet<>();
        Set<String> withPublicKey = new TreeSet<>();
        int deployments = 0;
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(renderedManifests())) {
            Map<String, Object> resource = (Map<String, Object>) doc;
            if (resource == null || !"Deployment".equals(resource.get("kind"))) {
                continue;
            }
            deployments++;
            String name = (String) ((Map<String, Object>) resource.get("metadata")).get("name");
            Map<String, Object> pod = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) resource.get("spec")).get("template")).get("spec");
            String text = new Yaml().dump(pod);
            if (text.contains("summit-jwt-signing")
                    || text.contains("SUMMIT_JWT_PRIVATE_KEY")
                    || text.contains("jwt-private.pem")) {
                withSigningKey.add(name);
            }
            if (text.contains("SUMMIT_JWT_PUBLIC_KEY")) {
                withPublicKey.add(name);
            }
        }
        assertEquals(4, deployments, "four Deployments rendered");
        assertEquals(Set.of("invitation-service"), withSigningKey, "who can sign tokens");
        assertEquals(Set.of("invitation-service", "attendee-service", "agenda-service", "gateway"), withPublicKey);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyInvitationServiceGetsTheSigningKeyInComposeAndNoSecretIsWrittenThere() throws IOException {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(text);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Set<String> withSigningKey = new TreeSet<>();
        services.forEach((name, definition) -> {
            String dumped = new Yaml().dump(definition);
            if (dumped.contains("jwt-signing:") && !name.equals("jwt-keys")
                    || dumped.contains("SUMMIT_JWT_PRIVATE_KEY")) {
                withSigningKey.add(name);
            }
        });
        assertEquals(Set.of("invitation-service"), withSigningKey, "who can sign tokens");
        // the signing key file is the services' user's alone, never world-readable
        assertTrue(text.contains("chmod 400 /signing/jwt-private.pem"), "the signing key is 0400");
        assertFalse(text.contains("chmod 644"), "no key is world-readable");
        // secrets come from the environment (.env), compose refuses to start without them
        for (String secret : List.of(
                "SUMMIT_DB_PASSWORD",
                "SUMMIT_TOKEN_SEAL_KEY",
                "POSTGRES_PASSWORD",
                "SUMMIT_AUTH_ACCOUNTS_ORGANIZER",
                "GF_SECURITY_ADMIN_PASSWORD")) {
            for (String line :
                    text.lines().filter(l -> l.trim().startsWith(secret + ":")).toList()) {
                assertTrue(line.contains("${") && line.contains(":?"), "hard-coded secret in compose: " + line.trim());
            }
        }
        assertFalse(text.contains("summit-local"), "no default organizer password in compose");
    }

    @Test
    void theImageBuildContextHoldsNoSecret() throws IOException {
        // .dockerignore: everything is out ("**"), then only the packaged services and the Dockerfile come back in
        List<String> rules = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertEquals("**", rules.get(0), "the context starts empty");
        for (String rule : rules.subList(1, rules.size())) {
            assertTrue(
                    rule.equals("!*/target/quarkus-app/**") || rule.equals("!infra/docker/**"),
                    "the build context lets in more than the packaged services: " + rule);
        }
        assertTrue(Files.readString(ROOT.resolve("infra/docker/Dockerfile.jvm")).contains("USER 185"), "non-root");
    }

    /** {@code kubectl kustomize k8s/base} where kubectl is installed, else the base's resource files as they are */
    private static String renderedManifests() throws Exception {
        try {
            Process kubectl = new ProcessBuilder(
                            "kubectl", "kustomize", ROOT.resolve("k8s/base").toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kubectl.waitFor(60, TimeUnit.SECONDS) && kubectl.exitValue() == 0) {
                return out;
            }
            throw new AssertionError("kubectl kustomize k8s/base failed:\n" + out);
        } catch (IOException noKubectl) {
            List<String> docs = new ArrayList<>();
            try (var files = Files.list(ROOT.resolve("k8s/base"))) {
                for (Path f : files.filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                        .toList()) {
                    docs.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return String.join("\n---\n", docs);
        }
    }
}
