package no.sammen.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A person in a real browser: the start page, the provider's login, their home page, and logout. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserScenarios extends Scenario {

    private Chromium chromium;

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aPhysiotherapistSignsInWithHelseIdAndOut() {
        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?lang=nb");
        chromium.screenshot("start-page");
        assertThat(browser.findElement(By.id("login-health")).getText()).contains("Helsepersonell");

        browser.findElement(By.id("login-health")).click();
        chromium.awaitUrl(env().identityProvider().issuerUrl("helseid"));
        chromium.screenshot("provider-login");
        personaButton(browser, "kari").click();

        chromium.awaitUrl(base() + "/app/home.xhtml");
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hei, Kari Fysio");
        assertThat(browser.findElement(By.id("kind")).getAttribute("data-kind")).isEqualTo("professional");
        assertThat(browser.findElement(By.id("professions")).getText()).contains("FT");
        assertThat(browser.findElement(By.id("home-professional")).isDisplayed()).isTrue();
        chromium.screenshot("home-professional");

        browser.findElement(By.xpath("//ul[@id='my-children']//a[strong[text()='Emma']]")).click();
        chromium.awaitUrl(base() + "/app/child.xhtml?id=");
        assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo("Emma");
        assertThat(browser.findElement(By.id("medications")).getText()).contains("Levetiracetam");
        assertThat(browser.findElement(By.id("care-team")).getText()).contains("Nina Sykepleier").contains("Kari Fysio");
        chromium.screenshot("child-overview");

        browser.findElement(By.id("logout")).click();
        chromium.awaitUrl(base() + "/signed-out.xhtml");
        assertThat(browser.findElement(By.id("signed-out")).isDisplayed()).isTrue();
        browser.get(base() + "/app/home.xhtml");
        assertThat(browser.getCurrentUrl()).as("signed out for real").startsWith(base() + "/?returnTo=");
    }

    @Test
    void aGuardianSignsInWithIdPortenInEnglish() {
        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get(base() + "/app/home.xhtml");
        assertThat(browser.getCurrentUrl()).as("pages need a login").startsWith(base() + "/?returnTo=");
        browser.get(base() + "/?lang=nb");
        assertThat(browser.findElement(By.id("login-citizen")).getText()).contains("Innbygger");
        browser.findElement(By.id("language")).click();
        chromium.awaitUrl(base() + "/?lang=en");
        assertThat(browser.findElement(By.id("login-citizen")).getText()).contains("Citizens");
        browser.findElement(By.id("login-citizen")).click();
        chromium.awaitUrl(env().identityProvider().issuerUrl("idporten"));
        personaButton(browser, "mor").click();
        chromium.awaitUrl(base() + "/app/home.xhtml");
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hello, Marit Mor");
        assertThat(browser.findElement(By.id("home-guardian")).isDisplayed()).isTrue();
        chromium.screenshot("home-guardian-en");
    }

    /** The development provider's button for a persona: its form carries the persona's username. */
    private static WebElement personaButton(WebDriver browser, String username) {
        return browser.findElement(By.xpath("//form[input[@name='username' and @value='" + username
                + "']]//button"));
    }
}
