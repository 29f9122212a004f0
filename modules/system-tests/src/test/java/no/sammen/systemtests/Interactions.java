package no.sammen.systemtests;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

/**
 * Counts what a person does on a page, as a phone user would count it: every tap (a click on a button, a choice,
 * a field) and every text typed is one interaction. Scrolling to what is tapped is not counted (as a person
 * scrolls the page to see the field); a test must do nothing else on the page except through this counter.
 */
final class Interactions {

    private int count;

    /** A tap on a button, a choice or a link. */
    void tap(WebElement element) {
        inView(element).click();
        count++;
    }

    /** Typing a text into a field (the tap that focuses it is part of typing). */
    void type(WebElement element, String text) {
        inView(element).click();
        element.sendKeys(text);
        count++;
    }

    /**
     * Scrolls the element to the middle of the screen, as a person scrolls until they see what they tap: not to the
     * bottom edge, where the form's save bar stays.
     */
    static WebElement inView(WebElement element) {
        ((JavascriptExecutor) ((WrapsDriver) element).getWrappedDriver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    int count() {
        return count;
    }
}
