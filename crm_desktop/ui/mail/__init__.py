"""E-mail: the composer, the mail server settings, the outbox sender."""
