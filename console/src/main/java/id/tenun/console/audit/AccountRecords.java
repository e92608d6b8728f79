package id.tenun.console.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.support.paging.PageRequest;

/** The one record of what happened to accounts: sign-ins and their failures, and every change staff made. */
@Component
public class AccountRecords {

    private final MongoTemplate mongo;
    private final Clock clock;

    AccountRecords(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(AccountRecord.class).createIndex(new Index().on("at", Sort.Direction.DESC));
        mongo.indexOps(AccountRecord.class).createIndex(new Index().on("userId", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC));
    }

    /**
     * What a person did to their own account (signed in or out, failed, set a password through a link): the account
     * as typed at sign-in (normalised), the user when known, the address it came from.
     */
    public void byThemselves(Action action, String account, String userId, String address) {
        add(action, userId, userId, account, address, null);
    }

    /** A change someone made to an account (or an invitation, then {@code userId} is empty). */
    public void change(Action action, Actor by, String userId, String detail) {
        add(action, by.id(), userId, null, by.address(), detail);
    }

    /** The newest {@code limit} records, of one user when {@code userId} is given. */
    public List<AccountRecord> newest(int limit, String userId) {
        return mongo.find(of(userId).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AccountRecord.class);
    }

    /** One page of the records, newest first, of one user when {@code userId} is given. */
    public List<AccountRecord> page(String userId, PageRequest page) {
        return mongo.find(of(userId).with(Sort.by(Sort.Direction.DESC, "at")).skip(page.offset()).limit(page.size()),
                AccountRecord.class);
    }

    /** How many records there are, of one user when {@code userId} is given. */
    public long count(String userId) {
        return mongo.count(of(userId), AccountRecord.class);
    }

    private static Query of(String userId) {
        return userId == null ? new Query() : new Query(where("userId").is(userId));
    }

    private void add(Action action, String actorId, String userId, String account, String address, String detail) {
        mongo.insert(new AccountRecord(UUID.randomUUID().toString(), clock.instant(), action, actorId, userId, account,
                address, detail));
    }
}
