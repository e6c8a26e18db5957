package com.waplatform.message.service;

import com.waplatform.message.config.MediaConfig;
import com.waplatform.persistence.tenancy.TenantPurgeConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.file.CopyOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.file.FileSystem;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Media files on the media volume, one folder per tenant: {@code <storage-path>/<tenantId>/<messageId>}. Names are
 * built only from the tenant id and a message UUID, never from anything a caller or provider sent; a file is
 * written under a temporary name and moved into place, so a reader never sees half a file.
 */
@ApplicationScoped
public class MediaStore implements TenantPurgeConsumer.TenantPurgeStep {

    private static final Pattern SAFE_TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final FileSystem fs;
    private final Path root;

    public MediaStore(Vertx vertx, MediaConfig config) {
        this.fs = vertx.fileSystem();
        this.root = Path.of(config.storagePath()).toAbsolutePath().normalize();
    }

    /** A purged tenant's files go with its rows. */
    @Override
    public Uni<Void> purge(String tenantId) {
        return deleteTenant(tenantId);
    }

    /** The file's SHA-256 (hex) once it is stored. */
    public Uni<String> write(String tenantId, UUID messageId, byte[] bytes) {
        Path target = path(tenantId, messageId);
        Path temporary = target.resolveSibling(messageId + "." + UUID.randomUUID() + ".part");
        return fs.mkdirs(target.getParent().toString())
                .chain(() -> fs.writeFile(temporary.toString(), Buffer.buffer(bytes)))
                .chain(() -> fs.move(temporary.toString(), target.toString(),
                        new CopyOptions().setReplaceExisting(true).setAtomicMove(true)))
                .onFailure().call(() -> fs.delete(temporary.toString()).onFailure().recoverWithNull())
                .replaceWith(() -> sha256(bytes));
    }

    /** The stored file of a message of the tenant (which may not exist). */
    public Path path(String tenantId, UUID messageId) {
        if (tenantId == null || !SAFE_TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("not a tenant id usable as a folder name");
        }
        return root.resolve(tenantId).resolve(messageId.toString());
    }

    public Uni<Boolean> exists(String tenantId, UUID messageId) {
        return fs.exists(path(tenantId, messageId).toString());
    }

    public Uni<Void> delete(String tenantId, UUID messageId) {
        return fs.delete(path(tenantId, messageId).toString()).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Removes the tenant's whole folder (a purge); nothing there is fine. */
    public Uni<Void> deleteTenant(String tenantId) {
        String folder = root.resolve(tenantId).toString();
        if (!SAFE_TENANT.matcher(tenantId).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a tenant id"));
        }
        return fs.exists(folder).flatMap(exists -> exists ? fs.deleteRecursive(folder, true)
                : Uni.createFrom().voidItem());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
