"""Readers: turn files of every kind people have into clean Articles.

``read_inputs`` is the one entry point: it expands paths, sniffs each file's kind and yields an
``Article`` per document or a ``Failure`` naming the document and the reason.
"""

from rasid.read.dispatch import ReadOptions, read_inputs
from rasid.read.inputs import Failure, Input

__all__ = ["Failure", "Input", "ReadOptions", "read_inputs"]
