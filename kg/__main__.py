import os
import signal
import sys

INTERRUPTED = "Interrupted: stopped before finishing (nothing half-written is left); run the command again."


def _interrupted_while_loading(signum: int, frame: object) -> None:
    # Nothing is open while the libraries load, so leave at once: a KeyboardInterrupt raised
    # inside a library's import can surface as another error, with a traceback.
    sys.stderr.write(INTERRUPTED + "\n")
    sys.stderr.flush()
    os._exit(130)


signal.signal(signal.SIGINT, _interrupted_while_loading)
from kg.cli import main  # noqa: E402 - after the handler on purpose

signal.signal(signal.SIGINT, signal.default_int_handler)  # from here Ctrl-C unwinds and cleans up
main()
