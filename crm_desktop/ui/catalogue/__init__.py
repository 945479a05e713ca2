"""The product catalogue window and its dialogs."""
