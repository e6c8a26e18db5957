package com.waplatform.message.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every content shape the platform stores reads as one {@link MessageContent}: the Cloud API's webhook message
 * parts, Evolution's message kinds (as webhook-gateway's normalizers keep them: the part named by the type, or the
 * whole raw message for a type they do not know) and the parts of a message sent through the platform.
 */
class MessageContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What MetaNormalizer stores for a webhook message object: its part named by its type. */
    private static MessageContent meta(String message) throws Exception {
        JsonNode m = JSON.readTree(message);
        String type = m.path("type").asText();
        return MessageContent.of(type, m.path(type).toString());
    }

    /** What EvolutionNormalizer stores for a messages.upsert {@code data}: the message's first kind's object. */
    private static MessageContent evolution(String type, String data) throws Exception {
        JsonNode message = JSON.readTree(data).path("message");
        return MessageContent.of(type, message.elements().next().toString());
    }

    /** A message kind the normalizers do not know: type unsupported, the raw message kept. */
    private static MessageContent raw(String data) {
        return MessageContent.of("unsupported", data);
    }

    /** The JSON the API answers: links, URLs and provider media ids never appear in it. */
    private static String shown(MessageContent content) throws Exception {
        String json = JSON.writeValueAsString(content);
        for (String hidden : List.of("http", "\"id\":\"1001", "url", "link", "sha256", "mediaKey", "upload")) {
            assertFalse(json.contains(hidden), json + " shows " + hidden);
        }
        return json;
    }

    // --- Cloud API (Meta) webhook message objects, snake_case ---

    @Test
    void metaMediaKeepsCaptionFileNameAndTypeButNotTheMediaId() throws Exception {
        MessageContent image = meta("""
                {"from":"5511999990001","id":"wamid.I1","timestamp":"1763892930","type":"image",
                 "image":{"caption":"a photo","mime_type":"image/jpeg","sha256":"abc","id":"1001"}}""");
        assertEquals(MessageContent.media("a photo", null, "image/jpeg", null, null, null), image);
        assertEquals("{\"caption\":\"a photo\",\"mimeType\":\"image/jpeg\"}", shown(image));

        MessageContent document = meta("""
                {"from":"5511999990001","id":"wamid.D1","timestamp":"1763892930","type":"document",
                 "document":{"caption":"invoice","filename":"inv.pdf","mime_type":"application/pdf","sha256":"d",
                 "id":"1004"}}""");
        assertEquals(MessageContent.media("invoice", "inv.pdf", "application/pdf", null, null, null), document);

        MessageContent voice = meta("""
                {"from":"5511999990001","id":"wamid.A1","timestamp":"1763892930","type":"audio",
                 "audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"a","id":"1002","voice":true}}""");
        assertEquals(MessageContent.media(null, null, "audio/ogg; codecs=opus", null, null, true), voice);
        shown(voice);

        assertEquals("video/mp4", meta("""
                {"id":"wamid.V1","type":"video","video":{"mime_type":"video/mp4","sha256":"v","id":"1003"}}""")
                .mimeType());
        assertEquals("image/webp", meta("""
                {"id":"wamid.S1","type":"sticker","sticker":{"mime_type":"image/webp","sha256":"s","id":"1005",
                 "animated":false}}""").mimeType());
    }

    @Test
    void metaLocationAndContacts() throws Exception {
        MessageContent location = meta("""
                {"id":"wamid.L1","type":"location","location":{"latitude":-23.5505,"longitude":-46.6333,
                 "name":"Paulista","address":"Av. Paulista, 1000","url":"https://maps.example/p"}}""");
        assertEquals(new MessageContent.Location(-23.5505, -46.6333, "Paulista", "Av. Paulista, 1000"),
                location.location());
        shown(location);

        MessageContent contacts = meta("""
                {"id":"wamid.C1","type":"contacts","contacts":[
                  {"name":{"formatted_name":"Rui Costa","first_name":"Rui","last_name":"Costa"},
                   "phones":[{"phone":"+55 11 90000-0000","wa_id":"5511900000000","type":"CELL"},{"wa_id":"351910000000"}],
                   "emails":[{"email":"rui@example.com","type":"WORK"}]},
                  {"name":{"first_name":"Ana"},"phones":[]}]}""");
        assertEquals(List.of(new MessageContent.Contact("Rui Costa", List.of("+55 11 90000-0000", "351910000000")),
                new MessageContent.Contact("Ana", List.of())), contacts.contacts());
    }

    @Test
    void metaRepliesToButtonsListsFlowsAndTemplates() throws Exception {
        assertEquals(new MessageContent.Interactive("button_reply", "yes", "Yes", null, null, null, null, null),
                meta("""
                        {"id":"wamid.B1","type":"interactive","interactive":{"type":"button_reply",
                         "button_reply":{"id":"yes","title":"Yes"}}}""").interactive());
        assertEquals(new MessageContent.Interactive("list_reply", "slot-9", "9:00", "Morning", null, null, null,
                null), meta("""
                        {"id":"wamid.B2","type":"interactive","interactive":{"type":"list_reply",
                         "list_reply":{"id":"slot-9","title":"9:00","description":"Morning"}}}""").interactive());
        assertEquals(new MessageContent.Interactive("flow_reply", null, null, null, null, "Sent", null, null),
                meta("""
                        {"id":"wamid.B3","type":"interactive","interactive":{"type":"nfm_reply",
                         "nfm_reply":{"name":"flow","body":"Sent","response_json":"{\\"flow_token\\":\\"t\\"}"}}}""")
                        .interactive());
        // a template's quick-reply button
        assertEquals(new MessageContent.Interactive("button_reply", "CONFIRM", "Confirm", null, null, null, null,
                null), meta("""
                        {"id":"wamid.B4","type":"button","context":{"from":"5511988880001","id":"wamid.T"},
                         "button":{"payload":"CONFIRM","text":"Confirm"}}""").interactive());
    }

    @Test
    void metaReactionsAndTheirRemoval() throws Exception {
        assertEquals(new MessageContent.Reaction("👍", "wamid.X1"), meta("""
                {"id":"wamid.R1","type":"reaction","reaction":{"message_id":"wamid.X1","emoji":"👍"}}""")
                .reaction());
        assertEquals(new MessageContent.Reaction(null, "wamid.X1"), meta("""
                {"id":"wamid.R2","type":"reaction","reaction":{"message_id":"wamid.X1"}}""").reaction());
        assertEquals("{\"reaction\":{\"providerMessageId\":\"wamid.X1\"}}", shown(meta("""
                {"id":"wamid.R2","type":"reaction","reaction":{"message_id":"wamid.X1","emoji":""}}""")));
    }

    @Test
    void metaTypesTheGatewayDoesNotKnowHaveNoContent() {
        assertNull(raw("""
                {"from":"5511999990001","id":"wamid.O1","timestamp":"1763892930","type":"order2",
                 "order2":{"catalog_id":"1"}}"""));
        assertNull(raw("""
                {"from":"5511999990001","id":"wamid.U1","type":"unsupported","errors":[{"code":131051}]}"""));
    }

    // --- Evolution API v2 messages.upsert data, camelCase ---

    @Test
    void evolutionMediaKeepsCaptionFileNameTypeSizeAndLengthButNotTheUrl() throws Exception {
        MessageContent image = evolution("image", """
                {"key":{"remoteJid":"5511999990001@s.whatsapp.net","fromMe":false,"id":"AC3D5E7F"},
                 "pushName":"Maria Silva","message":{"imageMessage":{"url":"https://mmg.whatsapp.net/i",
                 "mimetype":"image/jpeg","caption":"foto","fileSha256":"x","fileLength":"48123","height":893,
                 "width":1600,"mediaKey":"k","directPath":"/v/t62","jpegThumbnail":"/9j/4AAQ"}},
                 "messageType":"imageMessage","messageTimestamp":1763892930}""");
        assertEquals(MessageContent.media("foto", null, "image/jpeg", 48123L, null, null), image);
        shown(image);

        MessageContent protobufLength = evolution("image", """
                {"message":{"imageMessage":{"url":"https://mmg.whatsapp.net/i","mimetype":"image/png",
                 "fileLength":{"low":262748,"high":0,"unsigned":true}}}}""");
        assertEquals(262748L, protobufLength.sizeBytes());

        MessageContent document = evolution("document", """
                {"message":{"documentMessage":{"url":"https://mmg.whatsapp.net/d","mimetype":"application/pdf",
                 "title":"a.pdf","fileLength":1200,"pageCount":2,"fileName":"a.pdf"}}}""");
        assertEquals(MessageContent.media(null, "a.pdf", "application/pdf", 1200L, null, null), document);

        MessageContent captioned = evolution("document", """
                {"message":{"documentWithCaptionMessage":{"message":{"documentMessage":{
                 "url":"https://mmg.whatsapp.net/d","mimetype":"application/pdf","title":"boleto.pdf",
                 "caption":"segue o boleto"}}}}}""");
        assertEquals(MessageContent.media("segue o boleto", "boleto.pdf", "application/pdf", null, null, null),
                captioned);

        assertEquals(MessageContent.media(null, null, "audio/ogg; codecs=opus", 5120L, 7, true),
                shownAgain(evolution("audio", """
                        {"message":{"audioMessage":{"url":"https://mmg.whatsapp.net/a","mimetype":"audio/ogg; codecs=opus",
                         "fileLength":"5120","seconds":7,"ptt":true}}}""")));
        assertEquals(MessageContent.media("olha", null, "video/mp4", null, 12, null), evolution("video", """
                {"message":{"videoMessage":{"url":"https://mmg.whatsapp.net/v","mimetype":"video/mp4",
                 "seconds":12,"caption":"olha","gifPlayback":false}}}"""));
        assertEquals("image/webp", evolution("sticker", """
                {"message":{"stickerMessage":{"url":"https://mmg.whatsapp.net/s","mimetype":"image/webp",
                 "isAnimated":false}}}""").mimeType());
    }

    private static MessageContent shownAgain(MessageContent content) throws Exception {
        shown(content);
        return content;
    }

    @Test
    void evolutionLocationAndContactCards() throws Exception {
        assertEquals(new MessageContent.Location(-23.55, -46.63, "Paulista", "Av. Paulista"), evolution("location",
                """
                {"message":{"locationMessage":{"degreesLatitude":-23.55,"degreesLongitude":-46.63,
                 "name":"Paulista","address":"Av. Paulista","jpegThumbnail":"/9j/"}}}""").location());

        String vcard = "BEGIN:VCARD\\nVERSION:3.0\\nN:;Rui;;;\\nFN:Rui Costa\\n"
                + "item1.TEL;waid=5511900000000:+55 11 90000-0000\\nitem1.X-ABLabel:Celular\\n"
                + "TEL;type=CELL;type=VOICE;waid=351910000000:+351 910 000 000\\nEND:VCARD";
        assertEquals(List.of(new MessageContent.Contact("Rui", List.of("+55 11 90000-0000", "+351 910 000 000"))),
                evolution("contacts", "{\"message\":{\"contactMessage\":{\"displayName\":\"Rui\",\"vcard\":\""
                        + vcard + "\"}}}").contacts());
        // no display name: the card's FN
        assertEquals("Rui Costa", evolution("contacts", "{\"message\":{\"contactMessage\":{\"vcard\":\""
                + vcard.replace("\\n", "\\r\\n") + "\"}}}").contacts().get(0).name());
        // several cards: kept raw by the gateway today, or stored as contacts
        String array = "{\"key\":{\"id\":\"E1\"},\"message\":{\"messageContextInfo\":{},\"contactsArrayMessage\":"
                + "{\"displayName\":\"2 contatos\",\"contacts\":[{\"displayName\":\"Rui\",\"vcard\":\"" + vcard
                + "\"},{\"displayName\":\"Ana\",\"vcard\":\"BEGIN:VCARD\\nFN:Ana\\nEND:VCARD\"}]}},"
                + "\"messageType\":\"contactsArrayMessage\"}";
        List<MessageContent.Contact> two = List.of(
                new MessageContent.Contact("Rui", List.of("+55 11 90000-0000", "+351 910 000 000")),
                new MessageContent.Contact("Ana", List.of()));
        assertEquals(two, raw(array).contacts());
        assertEquals(two, MessageContent.of("contacts", JSON.readTree(array).path("message")
                .path("contactsArrayMessage").toString()).contacts());
    }

    @Test
    void evolutionAnswersToButtonsAndListsKeptRaw() throws Exception {
        assertEquals(new MessageContent.Interactive("button_reply", "btn_suporte", "Suporte", null, null, null, null,
                null), raw("""
                        {"key":{"remoteJid":"5511999999999@s.whatsapp.net","fromMe":false,"id":"3EB0BTN"},
                         "pushName":"Carlos","message":{"buttonsResponseMessage":{"selectedButtonId":"btn_suporte",
                         "selectedDisplayText":"Suporte","type":"DISPLAY_TEXT","contextInfo":{"stanzaId":"3EB0O"}}},
                         "messageType":"buttonsResponseMessage","messageTimestamp":1695302600}""").interactive());
        assertEquals(new MessageContent.Interactive("list_reply", "slot-9", "9:00", "Manhã", null, null, null, null),
                raw("""
                        {"key":{"id":"3EB0LST"},"message":{"listResponseMessage":{"title":"9:00","listType":1,
                         "singleSelectReply":{"selectedRowId":"slot-9"},"description":"Manhã"}},
                         "messageType":"listResponseMessage"}""").interactive());
        assertEquals(new MessageContent.Interactive("button_reply", "CONFIRM", "Confirmar", null, null, null, null,
                null), raw("""
                        {"key":{"id":"3EB0TPL"},"message":{"templateButtonReplyMessage":{"selectedId":"CONFIRM",
                         "selectedDisplayText":"Confirmar","selectedIndex":0}}}""").interactive());
        assertEquals(new MessageContent.Interactive("flow_reply", null, null, null, null, "Enviado", null, null),
                raw("""
                        {"key":{"id":"3EB0NF"},"message":{"interactiveResponseMessage":{"body":{"text":"Enviado"},
                         "nativeFlowResponseMessage":{"name":"flow","paramsJson":"{}","version":3}}}}""")
                        .interactive());
        // the same parts stored under a type of their own read the same
        assertEquals("btn_suporte", MessageContent.of("interactive", """
                {"selectedButtonId":"btn_suporte","selectedDisplayText":"Suporte"}""").interactive().id());
        // a kind that is not content: nothing
        assertNull(raw("""
                {"key":{"id":"3EB0P"},"message":{"pollCreationMessage":{"name":"?","options":[]}}}"""));
    }

    @Test
    void evolutionReactions() throws Exception {
        assertEquals(new MessageContent.Reaction("❤️", "3EB0ORIGINAL"), evolution("reaction", """
                {"message":{"reactionMessage":{"key":{"remoteJid":"5511999990001@s.whatsapp.net","fromMe":true,
                 "id":"3EB0ORIGINAL"},"text":"❤️","senderTimestampMs":"1763892930000"}}}""").reaction());
        assertEquals(new MessageContent.Reaction(null, "3EB0ORIGINAL"), evolution("reaction", """
                {"message":{"reactionMessage":{"key":{"id":"3EB0ORIGINAL"},"text":""}}}""").reaction());
    }

    // --- sent through the platform: OutgoingMessage.content() ---

    @Test
    void sentMediaByLinkOrUploadLeavesTheLinkOut() throws Exception {
        MessageContent linked = MessageContent.of("document", """
                {"media":{"link":"https://files.example.com/inv.pdf","caption":"your invoice",
                 "filename":"inv.pdf","mimeType":"application/pdf"}}""");
        assertEquals(MessageContent.media("your invoice", "inv.pdf", "application/pdf", null, null, null), linked);
        shown(linked);
        MessageContent uploaded = MessageContent.of("image", """
                {"media":{"upload":true,"mimeType":"image/png","caption":"look"}}""");
        assertEquals(MessageContent.media("look", null, "image/png", null, null, null), uploaded);
        shown(uploaded);
        assertNull(MessageContent.of("image", "{\"media\":{\"link\":\"https://files.example.com/a.png\"}}"));
    }

    @Test
    void sentButtonsAndListsCarryTheirBodyAndOptions() throws Exception {
        MessageContent buttons = MessageContent.of("interactive", """
                {"interactive":{"type":"button","header":{"type":"text","text":"Appointment"},
                 "body":{"text":"Confirm for 9:00?"},"footer":{"text":"Clinic"},
                 "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},
                                      {"type":"reply","reply":{"id":"no","title":"No"}}]}}}""");
        assertEquals(new MessageContent.Interactive("buttons", null, null, null, "Appointment", "Confirm for 9:00?",
                "Clinic", List.of(new MessageContent.Option("yes", "Yes", null),
                        new MessageContent.Option("no", "No", null))), buttons.interactive());

        MessageContent list = MessageContent.of("interactive", """
                {"interactive":{"type":"list","header":{"type":"image","image":{"link":"https://x.example/h.png"}},
                 "body":{"text":"Pick a time"},"action":{"button":"Times","sections":[
                  {"title":"Morning","rows":[{"id":"slot-9","title":"9:00","description":"Dr. Ana"},
                                             {"id":"slot-10","title":"10:00"}]},
                  {"title":"Afternoon","rows":[{"id":"slot-14","title":"14:00"}]}]}}}""");
        assertEquals(new MessageContent.Interactive("list", null, null, null, null, "Pick a time", null,
                List.of(new MessageContent.Option("slot-9", "9:00", "Dr. Ana"),
                        new MessageContent.Option("slot-10", "10:00", null),
                        new MessageContent.Option("slot-14", "14:00", null))), list.interactive());
        shown(list);
    }

    @Test
    void sentTemplatesCarryNameLanguageAndBodyTexts() {
        MessageContent template = MessageContent.of("template", """
                {"template":{"name":"order_update","language":{"code":"en_US"},"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"link":"https://x.example/o.png"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"Maria"},
                    {"type":"currency","currency":{"fallback_value":"$10.00","code":"USD","amount_1000":10000}},
                    {"type":"date_time","date_time":{"fallback_value":"May 1"}}]},
                  {"type":"button","sub_type":"quick_reply","index":"0",
                   "parameters":[{"type":"payload","payload":"TRACK"}]}]}}""");
        assertEquals(new MessageContent.Template("order_update", "en_US", List.of("Maria", "$10.00", "May 1")),
                template.template());
        assertEquals(new MessageContent.Template("welcome", "pt_BR", List.of()), MessageContent.of("template", """
                {"template":{"name":"welcome","language":{"code":"pt_BR"}}}""").template());
    }

    // --- no content ---

    @Test
    void textUnknownAndUnreadableContentIsNull() {
        assertNull(MessageContent.of("text", null));
        assertNull(MessageContent.of("text", "{\"body\":\"hi\"}"));
        assertNull(MessageContent.of("image", null));
        assertNull(MessageContent.of("image", ""));
        assertNull(MessageContent.of(null, "{\"caption\":\"x\"}"));
        assertNull(MessageContent.of("image", "{not json"));
        assertNull(MessageContent.of("image", "\"a string\""));
        assertNull(MessageContent.of("image", "42"));
        assertNull(MessageContent.of("image", "{}"));
        assertNull(MessageContent.of("location", "{\"latitude\":\"north\",\"longitude\":1}"));
        assertNull(MessageContent.of("contacts", "{\"foo\":1}"));
        assertNull(MessageContent.of("interactive", "{\"foo\":1}"));
        assertNull(MessageContent.of("reaction", "{}"));
        assertNull(MessageContent.of("order", "{\"catalog_id\":\"1\"}"));
        assertNull(MessageContent.of("contacts", "[1, \"x\", null, {\"name\":{}}]"));
        assertTrue(MessageContent.of("location", "{\"latitude\":\"-23.5\",\"longitude\":\"-46.6\"}").location()
                .latitude() < 0);
    }
}
