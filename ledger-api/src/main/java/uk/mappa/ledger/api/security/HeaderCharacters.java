package uk.mappa.ledger.api.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's rules for header names and values, as {@link StrictHttpFirewall}'s defaults decide them (every
 * code point assigned and no control character; a value may hold a tab), checked code point by code point. The
 * defaults run a regular expression with class intersections over each header every time it is read, which for a
 * bearer token of a thousand characters is a visible part of every request.
 */
final class HeaderCharacters {

    /** A header name: assigned code points, none of them a control character. */
    static final Predicate<String> NAMES = name -> allAssignedAndNotControl(name, false);

    /** A header value: the same, except that a tab is allowed. */
    static final Predicate<String> VALUES = value -> allAssignedAndNotControl(value, true);

    private HeaderCharacters() {
    }

    /** The firewall the ledger uses: Spring Security's strict one, with these checks for headers. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        return firewall;
    }

    private static boolean allAssignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint)
                    || (Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
