package com.waplatform.message.service;

import com.waplatform.message.identity.TenantUsers;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who may be given a conversation: the caller themselves, or another enabled user of the same tenant. */
@ApplicationScoped
public class Assignees {

    private final TenantUsers users;

    public Assignees(TenantUsers users) {
        this.users = users;
    }

    /** Passes for a valid assignee; 422 naming the field otherwise (another tenant's user is nobody here). */
    public Uni<Void> check(String tenantId, String callerId, String assigneeId) {
        if (assigneeId.equals(callerId)) {
            return Uni.createFrom().voidItem();
        }
        return users.enabledMember(tenantId, assigneeId).invoke(member -> {
            if (!member) {
                throw ProblemException.unprocessable(
                        "assigneeId must be the id of an enabled user of your organization (or \"me\")");
            }
        }).replaceWithVoid();
    }
}
