package id.tenun.console.signin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import id.tenun.console.signin.SignInRecord.Outcome;

/** The record of sign-ins, failures, holds and sign-outs, newest first. */
@Component
public class SignInRecords {

    private final MongoTemplate mongo;
    private final Clock clock;

    SignInRecords(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(SignInRecord.class).createIndex(new Index().on("at", Sort.Direction.DESC));
    }

    void record(Outcome outcome, SignInName account, String userId, String address) {
        mongo.insert(new SignInRecord(UUID.randomUUID().toString(), clock.instant(), outcome,
                account == null ? null : account.key(), userId, address));
    }

    /** The newest {@code limit} records. */
    public List<SignInRecord> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), SignInRecord.class);
    }
}
