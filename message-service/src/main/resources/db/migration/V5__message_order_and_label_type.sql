-- messages of one second (providers give seconds) keep their order of arrival: seq breaks the tie
ALTER TABLE message ADD COLUMN seq BIGSERIAL;
DROP INDEX message_conversation_idx;
CREATE INDEX message_conversation_idx ON message (tenant_id, conversation_id, created_at, seq);
-- labels are compared as the varchar array the queries bind
ALTER TABLE conversation ALTER COLUMN labels TYPE VARCHAR(50)[];
