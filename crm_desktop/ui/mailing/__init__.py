"""Mass mailing: the campaign window (segment, template, preview per recipient, test send,
send, the campaigns' reports) and the opt-out list."""
