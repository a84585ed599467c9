"""Deterministic folds of a gold set: ``--fold K/N`` keeps the items whose key hashes to fold K.

An item is in fold K of N when the SHA-1 of its key (an article id, a record id), read as a
number, is K-1 modulo N. The split depends only on the key, so it is the same on every machine
and does not move when items are added to or removed from the set.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Fold", "parse_fold"]

_FOLD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Fold:
    """Fold ``k`` (1-based) of ``n``."""

    k: int
    n: int

    def keeps(self, key: str) -> bool:
        """True when the item with this key belongs to this fold."""
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        return int(digest, 16) % self.n == self.k - 1

    def __str__(self) -> str:
        """The fold as written on the command line (``1/2``)."""
        return f"{self.k}/{self.n}"


def parse_fold(text: str) -> Fold:
    """Read ``K/N`` (1 <= K <= N, N >= 2); raise InputError with an example otherwise."""
    found = _FOLD.match(text or "")
    if not found:
        raise InputError(f"cannot read the fold {text!r}; give it as K/N, e.g. 1/2")
    k, n = int(found.group(1)), int(found.group(2))
    if n < 2 or not 1 <= k <= n:
        raise InputError(f"fold {text!r} is out of range; K/N needs N >= 2 and 1 <= K <= N, e.g. 1/2")
    return Fold(k, n)
