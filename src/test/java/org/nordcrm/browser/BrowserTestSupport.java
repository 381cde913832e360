package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

/**
 * Real Chromium (Debian's, never a downloaded one) against the whole application. Each test class launches one
 * browser; each test gets fresh browser contexts (own cookies), closed after it. Every test leaves screenshots in
 * target/screenshots, and one more named {@code <test>-failed.png} when it fails.
 */
abstract class BrowserTestSupport {

	static final Path CHROMIUM = Paths.get(System.getProperty("nordcrm.chromium", "/usr/bin/chromium"));
	static final Path SCREENSHOTS = Paths.get("target", "screenshots");
	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	/** The page the test works on; the one screenshotted if it fails. */
	Page page;
	String testName;
	private final List<BrowserContext> contexts = new ArrayList<>();

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = ctx -> {
		if (ctx.getExecutionException().isPresent() && page != null && !page.isClosed()) {
			screenshot(page, testName + "-failed");
		}
	};

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true).setArgs(CHROMIUM_ARGS));
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void nameTest(TestInfo info) {
		testName = info.getTestMethod().orElseThrow().getName();
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A new browser context (no cookies) on a desktop-sized window, sending Accept-Language for the locale. */
	Page newPage(String locale) {
		return newPage(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 800));
	}

	Page newPage(Browser.NewContextOptions options) {
		var context = browser.newContext(options);
		context.setDefaultTimeout(10_000);
		contexts.add(context);
		page = context.newPage();
		return page;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Logs in on the login page and waits until the browser has left it. */
	void login(Page p, String email, String password) {
		p.navigate(url("/login"));
		p.locator("#email").fill(email);
		p.locator("#password").fill(password);
		p.locator("form[action$='/login'] button[type=submit]").click();
		p.waitForURL(u -> !u.contains("/login"));
	}

	/** Opens the user menu (a Bootstrap dropdown, so the page's scripts must have run). */
	Locator openUserMenu(Page p) {
		p.waitForLoadState(LoadState.LOAD);
		var menu = p.locator(".user-menu .dropdown-menu");
		p.locator("#user-menu").click();
		assertThat(menu).isVisible();
		return menu;
	}

	void logout(Page p) {
		openUserMenu(p).locator("#logout").click();
		p.waitForURL(Pattern.compile(".*/login\\?logout$"));
	}

	static int scrollWidth(Page p) {
		return ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

	void screenshot(Page p, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	void screenshot(Page p) {
		screenshot(p, testName);
	}
}
