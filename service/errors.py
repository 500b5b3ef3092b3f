"""Domain errors. Each has a stable `code`; the HTTP layer maps codes to statuses in one table."""

from __future__ import annotations


class ArsumError(Exception):
    """Base of every error the service reports to a user (never a traceback)."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(ArsumError):
    """The article or the request options are unusable; the caller can fix them."""

    code = "bad_input"


class EmptyInputError(InputError):
    code = "empty_input"


class NotArabicError(InputError):
    code = "not_arabic"


class InputTooLongError(InputError):
    code = "input_too_long"


class InvalidEncodingError(InputError):
    code = "invalid_encoding"


class BadOptionError(InputError):
    code = "bad_option"


class UnsupportedOutputError(InputError):
    """The `refuse` faithfulness policy: the engine's text has numbers, names or negations the article does not
    support. Reported per article like an input error (a batch item, an archive row); the caller can ask for
    `flag` or `repair` instead."""

    code = "unsupported_output"


class BundleError(ArsumError):
    """A model bundle is missing, malformed or of an unknown format."""

    code = "bad_bundle"


class EngineUnavailableError(ArsumError):
    """An engine was asked for whose packages or model are not installed/loaded."""

    code = "engine_unavailable"


class OverloadedError(ArsumError):
    code = "overloaded"


class TimeoutExceededError(ArsumError):
    code = "timeout"
