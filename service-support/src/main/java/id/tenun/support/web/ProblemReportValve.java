package id.tenun.support.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before any application code runs (a request line, method or header it
 * cannot read, a header too large, an encoded slash or a bad escape in the address): the RFC 9457 problem of
 * {@link ProblemResponses#framework} instead of Tomcat's HTML page.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemResponses problems;

    ProblemReportValve(ProblemResponses problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.json(ProblemResponses.framework(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the caller is gone, or the answer was under way: nothing more to say
        }
    }
}
