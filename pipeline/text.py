"""Text folding shared by every comparison of printed names: column labels, places, products."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str, keep: str = "") -> str:
    """Lower case, accents stripped, '&' read as 'and', other punctuation as space, spaces
    collapsed: 'Lahaul & Spiti' -> 'lahaul and spiti'. Characters in `keep` survive."""
    text = unicodedata.normalize("NFKD", text.replace("&", " and ")).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(rf"[^a-z0-9{re.escape(keep)}]+", " ", text).split())
