package org.transferhub.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests that read the email the application sends: one real SMTP server
 * ({@link TestSmtp}) for the whole test JVM, and the application context pointed at it. Emails are
 * told apart by recipient, so test classes share the server.
 */
public abstract class WithTestSmtp {

    protected static final TestSmtp smtp = TestSmtp.shared();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        smtp.configure(registry);
    }
}
