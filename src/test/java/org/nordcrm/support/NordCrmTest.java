package org.nordcrm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its own embedded PostgreSQL in a temporary directory. Every test
 * class with exactly this annotation shares one Spring context, so the database starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"nordcrm.db.ephemeral=true",
		"nordcrm.data-dir=target/test-data",
		// tests read a duplicate scan's pairs at once; DuplicatesPageTest shows the page of a scan still running
		"nordcrm.duplicates.wait=60s",
		"nordcrm.admin.email=" + NordCrmTest.ADMIN_EMAIL,
		"nordcrm.admin.password=" + NordCrmTest.ADMIN_PASSWORD })
@Import(TestTenants.class)
public @interface NordCrmTest {

	String ADMIN_EMAIL = "first.admin@nordcrm.test";
	String ADMIN_PASSWORD = "first-admin-password";
}
