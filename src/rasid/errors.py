"""One exception hierarchy for the library; the CLI turns these into messages."""


class RasidError(Exception):
    """Base class of every error rasid raises on purpose."""


class ReadError(RasidError):
    """A document could not be read: binary data, unknown encoding, no article, bad record."""


class EvalDataError(RasidError):
    """A gold set needed by an evaluation is missing or malformed."""
