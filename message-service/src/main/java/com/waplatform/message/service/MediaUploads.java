package com.waplatform.message.service;

import com.waplatform.message.config.MediaConfig;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Files agents send: checked (size, a type WhatsApp takes, room in the plan's media storage: 422 when full), kept in the media store under the new message's id in
 * the message's own transaction, and sent like any media message — session-service takes the file from here and
 * hands it to the provider. A send that fails leaves no file behind.
 */
@ApplicationScoped
public class MediaUploads {

    /** A file as received from the agent's browser. */
    public record Upload(Path file, String fileName, String mimeType, long size, String caption, String type) {
    }

    /** The media types WhatsApp sends as image, video or audio; any other file goes as a document. */
    private static final Map<String, Set<String>> PLAYABLE = Map.of(
            "image", Set.of("image/jpeg", "image/png"),
            "video", Set.of("video/mp4", "video/3gpp"),
            "audio", Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"));

    private final ConversationService conversations;
    private final MessageMediaRepository media;
    private final MediaStore store;
    private final MediaConfig config;
    private final MediaQuota quota;
    private final Vertx vertx;

    public MediaUploads(ConversationService conversations, MessageMediaRepository media, MediaStore store,
            MediaConfig config, MediaQuota quota, Vertx vertx) {
        this.quota = quota;
        this.conversations = conversations;
        this.media = media;
        this.store = store;
        this.config = config;
        this.vertx = vertx;
    }

    public Uni<Message> send(String tenantId, UUID conversationId, String agentId, Upload upload) {
        if (upload.size() <= 0) {
            throw ProblemException.unprocessable("The file is empty");
        }
        if (upload.size() > config.maxBytes()) {
            throw new ProblemException(413, "Content Too Large", "The file has " + upload.size()
                    + " bytes; WhatsApp media sent from here may have at most " + config.maxBytes() + " bytes");
        }
        String mime = baseType(upload.mimeType());
        String type = type(upload.type(), mime);
        if ("audio".equals(type) && upload.caption() != null && !upload.caption().isBlank()) {
            throw ProblemException.unprocessable("Audio messages cannot have a caption");
        }
        if (upload.caption() != null && upload.caption().length() > 1024) {
            throw ProblemException.unprocessable("The caption must be at most 1024 characters");
        }
        OutgoingMessage outgoing = OutgoingMessage.uploaded(type, upload.caption(), fileName(upload.fileName()), mime);
        AtomicReference<UUID> written = new AtomicReference<>();
        return quota.requireRoom(tenantId, upload.size()).chain(() -> conversations.send(tenantId, conversationId,
                        Message.Sender.AGENT, agentId, outgoing,
                        (conversation, message) -> vertx.fileSystem().readFile(upload.file().toString())
                                .flatMap(bytes -> {
                                    written.set(message.id);
                                    return store.write(tenantId, message.id, bytes.getBytes());
                                })
                                .flatMap(sha -> media.persist(record(conversation.connectionId, message, upload, mime,
                                        sha)))
                                .replaceWithVoid()))
                .onFailure().call(() -> written.get() == null ? Uni.createFrom().voidItem()
                        : store.delete(tenantId, written.get()));
    }

    private static MessageMedia record(UUID connectionId, Message message, Upload upload, String mime,
            String sha) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MessageMedia m = new MessageMedia();
        m.messageId = message.id;
        m.tenantId = message.tenantId;
        m.connectionId = connectionId;
        m.status = MessageMedia.Status.STORED;
        m.mimeType = mime;
        m.fileName = fileName(upload.fileName());
        m.sizeBytes = upload.size();
        m.sha256 = sha;
        m.nextAttemptAt = now;
        m.createdAt = now;
        m.updatedAt = now;
        return m;
    }

    /** The type to send as: asked for (a photo may go as a document), or found from the file's media type. */
    private static String type(String asked, String mime) {
        String found = PLAYABLE.entrySet().stream().filter(e -> e.getValue().contains(mime)).map(Map.Entry::getKey)
                .findFirst().orElse("document");
        if (asked == null || asked.isBlank() || asked.equals(found) || "document".equals(asked)) {
            return asked == null || asked.isBlank() ? found : asked;
        }
        if (!PLAYABLE.containsKey(asked)) {
            throw ProblemException.unprocessable("type must be image, video, audio or document");
        }
        throw ProblemException.unprocessable("A file of type " + mime + " cannot be sent as " + asked
                + "; WhatsApp takes " + String.join(", ", PLAYABLE.get(asked)) + " (send it as a document)");
    }

    private static String baseType(String mimeType) {
        if (mimeType == null || mimeType.isBlank()) {
            return "application/octet-stream";
        }
        String base = mimeType.split(";")[0].trim().toLowerCase();
        return base.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? base : "application/octet-stream";
    }

    /** The name without any folder part, at most 240 characters; null when there is none. */
    private static String fileName(String name) {
        if (name == null) {
            return null;
        }
        String bare = name.replace('\\', '/');
        bare = bare.substring(bare.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (bare.isEmpty()) {
            return null;
        }
        return bare.length() > 240 ? bare.substring(bare.length() - 240) : bare;
    }
}
