package uk.mappa.ledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;

/**
 * A write's Ledger-Position is the position of the last event it appended, whatever the store holds since; only a
 * write that appended nothing is given the store's newest, and nothing a thread noted before the request counts.
 */
class ReadYourWritesTest {

    static final long NEWEST_STORED = 99;

    final AppendedPositions appended = new AppendedPositions();
    final ProjectionPositions positions = mock(ProjectionPositions.class);
    final ReadYourWrites filter = new ReadYourWrites(positions, appended, Duration.ofSeconds(1));

    ReadYourWritesTest() {
        when(positions.head()).thenReturn(NEWEST_STORED);
    }

    MockHttpServletResponse write(Consumer<AppendedPositions> handling) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/shares"), response, new MockFilterChain(
                new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse answer) {
                        handling.accept(appended);
                        answer.setStatus(201);
                    }
                }));
        return response;
    }

    @Test
    void aWriteIsAnsweredWithItsOwnLastEventsPositionNotTheStoresNewest() throws Exception {
        MockHttpServletResponse response = write(events -> {
            events.appended(41);
            events.appended(42);
        });
        assertThat(response.getHeader(ReadYourWrites.HEADER)).isEqualTo("42");
        assertThat(appended.highest()).isEmpty();
    }

    @Test
    void aWriteThatAppendedNothingIsAnsweredWithTheStoresNewestEvenAfterAnEarlierAppendOnItsThread() throws Exception {
        appended.appended(7);
        assertThat(write(events -> { }).getHeader(ReadYourWrites.HEADER)).isEqualTo(String.valueOf(NEWEST_STORED));
    }
}
