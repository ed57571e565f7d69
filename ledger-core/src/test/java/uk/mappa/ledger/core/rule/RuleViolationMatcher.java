package uk.mappa.ledger.core.rule;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} by its stable code, which is what clients depend on. */
public final class RuleViolationMatcher extends TypeSafeMatcher<Throwable> {

    private final String code;

    private RuleViolationMatcher(String code) {
        this.code = code;
    }

    public static Matcher<Throwable> violation(String code) {
        return new RuleViolationMatcher(code);
    }

    @Override
    protected boolean matchesSafely(Throwable item) {
        return item instanceof RuleViolation violation && violation.code().equals(code);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a RuleViolation with code ").appendValue(code);
    }

    @Override
    protected void describeMismatchSafely(Throwable item, Description description) {
        description.appendText("was ").appendValue(item instanceof RuleViolation v ? v.code() + ": " + v.detail() : item);
    }
}
