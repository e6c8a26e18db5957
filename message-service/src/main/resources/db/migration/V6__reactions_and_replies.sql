-- the customer's reaction to one of the business's messages (an emoji; null when removed), and the message a
-- reply answers, resolved within the same tenant only
ALTER TABLE message ADD COLUMN reaction            VARCHAR(64);
ALTER TABLE message ADD COLUMN reply_to_message_id UUID;
