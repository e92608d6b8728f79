package id.tenun.console.signin.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.signin.SignInRecord;
import id.tenun.console.signin.SignInRecords;

/** Lets admins see who signed in, failed, was held back or signed out, when and from where (ADMIN only). */
@RestController
@Validated
class SignInRecordController {

    private final SignInRecords records;

    SignInRecordController(SignInRecords records) {
        this.records = records;
    }

    @GetMapping("/api/admin/sign-ins")
    List<SignInRecord> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return records.newest(limit);
    }
}
