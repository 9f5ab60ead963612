"""ASCII slugs for release ids and IRIs."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"})


@functools.lru_cache(maxsize=1 << 18)  # the same names come back in release after release
def fold(text: str) -> str:
    """Diacritics folded to ASCII: "Gísladóttir" -> "Gisladottir", "Nikolić" -> "Nikolic"."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return text.encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=1 << 18)  # so do the names of events, places and series
def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug
