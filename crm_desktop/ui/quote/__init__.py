"""The quick-quote form ("Price")."""
