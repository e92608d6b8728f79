package id.tenun.sandbox.core;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class RefusalHandler {

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal) {
        return refusal.answer();
    }
}
