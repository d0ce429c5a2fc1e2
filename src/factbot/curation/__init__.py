"""Tools that take a curator from a text to a verified knowledge file: init, sentences, draft, probe."""
