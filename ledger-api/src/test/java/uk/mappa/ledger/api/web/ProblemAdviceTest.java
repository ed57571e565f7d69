package uk.mappa.ledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemAdviceTest {

    final ProblemAdvice advice = new ProblemAdvice(new DatabaseUnavailable(null));

    @Test
    void tooManyLongReadsIsA429ProblemSayingWhenToAskAgain() {
        ResponseEntity<ProblemDetail> response = advice.tooBusy(new ExpensiveReads.TooBusy("Wait for the other one."));

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo(String.valueOf(ExpensiveReads.RETRY_AFTER_SECONDS));
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getProperties()).containsEntry("code", "too-busy");
        assertThat(response.getBody().getDetail()).isEqualTo("Wait for the other one.");
    }
}
