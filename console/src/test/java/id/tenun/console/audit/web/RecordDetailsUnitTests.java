package id.tenun.console.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.console.ConsoleMessages;
import id.tenun.console.audit.AccountRecord;
import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.group.GroupNames;
import id.tenun.console.services.ServiceCalls.As;

class RecordDetailsUnitTests {

    private final RecordDetails details = new RecordDetails(ConsoleMessages.messages(), new GroupNames() {
        @Override
        public Map<String, String> of(As calls, Collection<String> groupIds) {
            Map<String, String> names = new LinkedHashMap<>();
            groupIds.forEach(id -> names.put(id, id.equals("grp-1") ? "Tenun Ikat Lepo Lorun" : "Kopi Bajawa"));
            return names;
        }
    });

    @Test
    void saysARoleChangeWithTheGroupsNamesInTheReadersLanguage() {
        List<AccountRecord> records = List.of(
                record("1", Action.ACCESS_CHANGED, "MENTOR [grp-1, grp-2] -> GROUP_MEMBER grp-1"),
                record("2", Action.ACCESS_CHANGED, "GROUP_MEMBER grp-2 -> STAFF"),
                record("3", Action.INVITED, "invitation inv-9 as MENTOR"),
                record("4", Action.RESET_ISSUED, "link inv-7"),
                record("5", Action.SCRIPT_CLIENT_REGISTERED, "script-ab12 Dinas Koperasi Kab. Ngada"),
                record("6", Action.ACCESS_CHANGED, "something else entirely"),
                record("7", Action.SIGNED_IN, null));

        Map<String, String> indonesian = details.of(null, records, Locale.forLanguageTag("id"));
        Map<String, String> english = details.of(null, records, Locale.ENGLISH);

        assertThat(indonesian).containsEntry("1",
                "dari Pendamping (Kopi Bajawa, Tenun Ikat Lepo Lorun) menjadi Anggota kelompok (Tenun Ikat Lepo Lorun)")
                .containsEntry("2", "dari Anggota kelompok (Kopi Bajawa) menjadi Staf program")
                .containsEntry("3", "sebagai Pendamping (undangan inv-9)")
                .containsEntry("4", "tautan inv-7")
                .containsEntry("5", "Dinas Koperasi Kab. Ngada (klien script-ab12)")
                .containsEntry("6", "something else entirely")
                .doesNotContainKey("7");
        assertThat(english).containsEntry("2", "from Group member (Kopi Bajawa) to Programme staff")
                .containsEntry("3", "as Mentor (invitation inv-9)");
    }

    private static AccountRecord record(String id, Action action, String detail) {
        return new AccountRecord(id, Instant.now(), action, "usr-admin", "usr-1", null, null, detail);
    }
}
