package id.tenun.console.audit.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.audit.AccountRecord;
import id.tenun.console.audit.AccountRecords;

/**
 * Lets admins see what happened to accounts (ADMIN only, as everything under {@code /api/admin}): sign-ins, failures,
 * holds, sign-outs, invitations, resets, disabling and role or group changes, who did it, when and from where.
 */
@RestController
@Validated
class AccountRecordController {

    private final AccountRecords records;

    AccountRecordController(AccountRecords records) {
        this.records = records;
    }

    @GetMapping("/api/admin/account-records")
    List<AccountRecord> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) @Size(max = 64) String userId) {
        return records.newest(limit, userId);
    }
}
