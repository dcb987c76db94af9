"""JSON: the view's data as one document, keys as in the data files.

Non-ASCII characters are escaped, so the output is exact in any locale. A lone
surrogate (a file or folder name whose bytes are not UTF-8 holds one for each such
byte, as Python reads names) is written as U+FFFD, the replacement character, so
every string is valid for strict readers too (RFC 7493, I-JSON; attack7): escaped as
`\\udcff` it is refused by some (Rust's serde_json) and read differently by others.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from stemcell_cli.render.base import Renderer

if TYPE_CHECKING:
    from stemcell_cli.views.base import View

#: An escaped surrogate in the output: only then is the data walked for lone ones.
_ESCAPED_SURROGATE = re.compile(r"\\ud[89a-f]", re.IGNORECASE)


class JsonRenderer(Renderer):
    def render(self, view: View) -> str:
        data = view.json_data()
        text = json.dumps(data, indent=2)
        if _ESCAPED_SURROGATE.search(text):
            text = json.dumps(_whole(data), indent=2)
        return text + "\n"


def _whole(value: Any) -> Any:
    """`value` with every lone surrogate in its texts (keys too) made U+FFFD."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_whole(key): _whole(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_whole(item) for item in value]
    return value
