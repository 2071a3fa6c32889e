"""The charterkit exceptions (defined by the compiled core).

Every error is a :class:`CharterkitError`, itself a :class:`ValueError`; :class:`NotFoundError` is also a
:class:`KeyError`. Messages name the field (or file and path) and the offending value.
"""

from ._core import (
    CharterkitError,
    InvalidInputError,
    InvalidTargetError,
    NotAssessableError,
    NotFoundError,
    ParseError,
    UnresolvedTargetError,
    ValidationError,
)

__all__ = [
    "CharterkitError",
    "InvalidInputError",
    "InvalidTargetError",
    "NotAssessableError",
    "NotFoundError",
    "ParseError",
    "UnresolvedTargetError",
    "ValidationError",
]
