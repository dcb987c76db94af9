"""JSON: the view's data as one document, keys as in the data files.

Non-ASCII characters are escaped, so the output is exact in any locale.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from stemcell_cli.render.base import Renderer

if TYPE_CHECKING:
    from stemcell_cli.views.entries import View


class JsonRenderer(Renderer):
    def render(self, view: View) -> str:
        return json.dumps(view.json_data(), indent=2) + "\n"
