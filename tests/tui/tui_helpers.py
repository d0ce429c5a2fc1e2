"""Helpers for driving the chat in Pilot tests: record messages, ask, read the screen."""

from __future__ import annotations

from typing import TypeVar

from textual.message import Message
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from factbot.tui.app import FactbotApp
from factbot.tui.transcript import Turn

MessageType = TypeVar("MessageType", bound=Message)


class Recorder:
    """Collects every message the app processes (pass `recorder` as `message_hook`)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def __call__(self, message: Message) -> None:
        # A bubbling message passes through every parent's queue; record it once.
        if not any(seen is message for seen in self.messages):
            self.messages.append(message)

    def of(self, kind: type[MessageType]) -> list[MessageType]:
        return [message for message in self.messages if isinstance(message, kind)]


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every engine worker has finished and the screen has caught up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot: Pilot[None], question: str) -> None:
    """Type `question` into the prompt as a user would, press enter, wait for the answer."""
    app = pilot.app
    assert isinstance(app, FactbotApp)
    app.question_input.focus()
    await pilot.pause()
    await pilot.press(*question)
    await pilot.press("enter")
    await settle(pilot)


def shown_text(widget_root: object) -> str:
    """All the text a widget tree shows, one Static after another (what the user reads)."""
    assert isinstance(widget_root, Widget)
    parts = [str(static.render()) for static in widget_root.query(Static)]
    return "\n".join(parts)


def last_turn(app: FactbotApp) -> Turn:
    turns = app.transcript.turns
    assert turns, "no question has been asked"
    return turns[-1]
