"""Every error a user can see, in one place, with its exit code.

Each message is one line meant for a person: what is wrong and what to do.
"""

from __future__ import annotations

# Exit codes, documented in the README.
EXIT_OK = 0
EXIT_INTERNAL = 1  # a bug: please report it
EXIT_USAGE = 2  # bad command-line arguments (Typer/Click's own code)
EXIT_BAD_INPUT = 3  # the file could not be read as an essay, or the output not written
EXIT_PARTIAL = 4  # several files: some were analysed, some failed
EXIT_REFUSED = 5  # a model refused to score an essay outside what it saw


class EssaylensError(Exception):
    """An error with a one-line message for the user and an exit code."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(EssaylensError):
    """The input cannot be read as an essay."""


class MissingPath(InputError):
    pass


class UnsupportedFormat(InputError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class CorruptFile(InputError):
    pass


class EncryptedFile(InputError):
    pass


class NoTextLayer(InputError):
    pass


class TooLarge(InputError):
    pass


class NotEnglish(InputError):
    pass


class OutputError(EssaylensError):
    """The report could not be written where the user asked."""


class ModelError(EssaylensError):
    """A model file is missing, damaged or incompatible."""

    exit_code = EXIT_INTERNAL


class OutOfDomain(EssaylensError):
    """A trained scorer refuses an essay unlike those it was trained on."""

    exit_code = EXIT_REFUSED


class UsageError(EssaylensError):
    """An option has a value we cannot use (e.g. ``--variant fr``)."""

    exit_code = EXIT_USAGE
