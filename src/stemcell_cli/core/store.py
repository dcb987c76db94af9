"""The validated entries in the form the catalog indexes and the cache keeps."""

from __future__ import annotations

from typing import Any

from stemcell_cli.core.datadirs import Dataset, normalize

#: kind -> entries, each `[id, origin, [[lookup key, name as written], ...], data]`. `data` is
#: the entry's mapping, or its marshal bytes when it comes from the cache: then it is
#: decoded only when the entry is first read, so a run pays for the entries it shows.
Store = dict[str, list[list[Any]]]


def to_store(dataset: Dataset, encode: bool = False) -> Store:
    """The store of a validated dataset; `encode` turns each entry into marshal bytes."""
    import marshal

    store: Store = {}
    for kind, items in dataset.items():
        rows = store[kind] = []
        for item in items:
            data = item["data"]
            names = [data["id"], data.get("name", ""), *data.get("aliases", ())]
            keys = [[normalize(name), name] for name in names if name]
            rows.append([data["id"], item["origin"], keys, marshal.dumps(data) if encode else data])
    return store
