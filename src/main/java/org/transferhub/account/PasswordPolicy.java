package org.transferhub.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Password rules (NIST SP 800-63B): 12 to 128 characters of any script, never truncated, not on the
 * common-passwords list, not the username. Hashing is argon2id at the OWASP minimum (19 MiB, t=2, p=1);
 * it costs tens of milliseconds of CPU, so it runs off the event loop.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final Set<String> common = load("account/common-passwords.txt");
    /** Compared against when the username is unknown, so that both cases cost the same time. */
    private final String decoyHash = encoder.encode("decoy-password-never-used-" + System.nanoTime());

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null) {
            return Optional.of("is required");
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String folded = normalized.toLowerCase(Locale.ROOT);
        if (common.contains(folded)) {
            return Optional.of("is too common; choose another");
        }
        if (username != null && folded.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be the username");
        }
        return Optional.empty();
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(normalize(password))).subscribeOn(Schedulers.boundedElastic());
    }

    /** Checks a password; with a null hash (unknown user) it checks a decoy and answers false. */
    public Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> {
            if (password == null || password.length() > MAX_LENGTH * 2) {
                return false;
            }
            boolean matches = encoder.matches(normalize(password), hash == null ? decoyHash : hash);
            return hash != null && matches;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** NFC, so that the same password typed on different keyboards (composed or not) is the same. */
    private static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = new ClassPathResource(resource).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
