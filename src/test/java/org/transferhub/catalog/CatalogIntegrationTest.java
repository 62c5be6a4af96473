package org.transferhub.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.transferhub.testing.IntegrationTest;

/** A full-stack catalog test: the real app plus the catalog's test stand-ins (one shared context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(CatalogTestConfiguration.class)
@interface CatalogIntegrationTest {}
