"""The server's tunables, read from the package's data file ``data/api.json``.

Sortable columns live there as whitelists: a ``sort`` parameter is only ever turned into SQL
through these lists, never by formatting the user's value into the query.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

from .errors import ApiError

__all__ = ["ApiSettings", "Page"]


@dataclass(frozen=True)
class Page:
    """Pagination (limit/offset) and a validated ORDER BY clause."""

    limit: int
    offset: int
    order_sql: str
    sort: str


@dataclass(frozen=True)
class ApiSettings:
    """Limits and sort whitelists of the API (see ``data/api.json``)."""

    limits: Mapping[str, int]
    sort: Mapping[str, tuple[str, ...]]
    default_sort: Mapping[str, str]
    max_code_bytes: int

    @classmethod
    def load(cls) -> "ApiSettings":
        """Read the shipped settings file."""
        raw: dict[str, Any] = json.loads(resources.files(__package__).joinpath("data/api.json").read_text("utf-8"))
        return cls(limits=raw["limits"], sort={k: tuple(v) for k, v in raw["sort"].items()},
                   default_sort=raw["default_sort"],
                   max_code_bytes=int(raw["max_code_bytes"]))

    def page(self, table: str, limit: int | None, offset: int | None, sort: str | None) -> Page:
        """Validate paging and sorting for ``table``; raise a 422 ApiError with the allowed values."""
        limit = self.limits["default"] if limit is None else limit
        offset = 0 if offset is None else offset
        if not 1 <= limit <= self.limits["max"]:
            raise ApiError(422, "invalid_parameter", f"limit must be between 1 and {self.limits['max']}",
                           {"parameter": "limit"})
        if not 0 <= offset <= self.limits["max_offset"]:
            raise ApiError(422, "invalid_parameter", f"offset must be between 0 and {self.limits['max_offset']}",
                           {"parameter": "offset"})
        sort = sort or self.default_sort[table]
        column, descending = (sort[1:], True) if sort.startswith("-") else (sort, False)
        allowed = self.sort[table]
        if column not in allowed:
            raise ApiError(422, "invalid_parameter", f"cannot sort by {sort!r}; use one of {', '.join(allowed)} "
                           "(prefix '-' for descending)", {"parameter": "sort", "allowed": list(allowed)})
        # The column name comes from the whitelist, never from the request text.
        name = allowed[allowed.index(column)]
        direction = "DESC" if descending else "ASC"
        # Ties break on DuckDB's rowid (insertion order): stable between pages, and cheaper to
        # sort on than a second text column.
        order_sql = f'"{name}" {direction} NULLS LAST, rowid ASC'
        return Page(limit=limit, offset=offset, order_sql=order_sql, sort=sort)
