package uk.mappa.ledger.api.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import uk.mappa.ledger.api.web.ProblemAdvice;

/**
 * A failure on a console page is shown as a GOV.UK page with the API's status and the problem's sentence,
 * decided by the same mapping as the API's problems (so a share the person may not see is "Page not found",
 * as it is a 404 on the API). Ahead of the API's JSON advice, for the console's controllers only.
 */
@ControllerAdvice(basePackageClasses = ConsoleProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleProblems {

    private final ProblemAdvice problems;

    ConsoleProblems(ProblemAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView problem(Exception exception, WebRequest request, HttpServletResponse response) {
        ResponseEntity<?> answer = problems.answer(exception, request);
        answer.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
        ModelAndView page = new ModelAndView("console/problem", status);
        page.addObject("status", status.value());
        page.addObject("title", switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You cannot do this";
            case INTERNAL_SERVER_ERROR -> "Sorry, there is a problem with the service";
            case SERVICE_UNAVAILABLE, TOO_MANY_REQUESTS -> "Sorry, the service is busy";
            default -> "There is a problem";
        });
        page.addObject("detail", answer.getBody() instanceof ProblemDetail problem ? problem.getDetail() : null);
        return page;
    }
}
