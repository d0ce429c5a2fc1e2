"""The chat TUI (`factbot` with no command): a Textual app over the headless engine.

Nothing is imported here so that `factbot.tui.highlight` and friends stay importable
without Textual; the CLI imports `factbot.tui.app.make_app` only when the TUI starts.
"""
