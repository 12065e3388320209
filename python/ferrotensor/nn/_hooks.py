"""``RemovableHandle``: what ``Module.register_*_hook`` returns."""

from __future__ import annotations

import weakref
from typing import Any

_next_id = [0]


class RemovableHandle:
    """A handle that removes its hook from the dictionaries it was added to.

    Args:
        hooks_dict (dict): the hooks, by id.
        extra_dict (dict or list of dict, optional): dicts of flags keyed by the same id.
    """

    def __init__(self, hooks_dict: Any, *, extra_dict: Any = None) -> None:
        self.hooks_dict_ref = weakref.ref(hooks_dict)
        self.id = _next_id[0]
        _next_id[0] += 1
        extras = [] if extra_dict is None else extra_dict
        if isinstance(extras, dict):
            extras = [extras]
        self.extra_dict_ref = tuple(weakref.ref(d) for d in extras)

    def remove(self) -> None:
        """Unregister the hook (a second call does nothing)."""
        for ref in (self.hooks_dict_ref, *self.extra_dict_ref):
            d = ref()
            if d is not None and self.id in d:
                del d[self.id]

    def __enter__(self) -> RemovableHandle:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.remove()
