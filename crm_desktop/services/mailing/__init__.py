"""Mass mailing: campaigns to a segment of clients through the outbox, at a rate, never to
a client or address that opted out or that a server refused for good (see `campaigns`)."""
