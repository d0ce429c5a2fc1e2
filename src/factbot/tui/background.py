"""Running the engine off the UI thread without ever making quit wait for it.

Textual's thread workers run on asyncio's default executor, and both asyncio and
the interpreter join those threads on exit, so quitting during a slow answer
waited for it. Here the call runs on a daemon thread and the caller awaits a
future: cancelling the awaiting worker (Textual does on exit) lets the app close
at once, and the daemon thread never holds up the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

Result = TypeVar("Result")


async def in_daemon_thread(call: Callable[[], Result]) -> Result:
    """The result of `call()`, computed on a daemon thread; its exceptions are raised here."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Result] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def run() -> None:
        try:
            result = call()
        except Exception as error:  # handed to the awaiting coroutine, not lost in the thread
            failure = error
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is waiting any more
                loop.call_soon_threadsafe(settle, lambda: future.set_exception(failure))
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, lambda: future.set_result(result))

    threading.Thread(target=run, name="factbot-engine", daemon=True).start()
    return await future
