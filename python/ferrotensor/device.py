"""Device objects: ``cpu`` and ``gpu`` (spelled ``wgpu`` too; ``cuda`` is an alias)."""

from __future__ import annotations

__all__ = ["device"]

_ALIASES = {"cpu": "cpu", "gpu": "wgpu", "wgpu": "wgpu", "cuda": "wgpu"}


class device:
    """Where a tensor lives: ``device("cpu")`` or ``device("gpu")`` (alias ``"cuda"``).

    Args:
        type (str): ``"cpu"``, ``"gpu"``, ``"wgpu"`` or ``"cuda"``, optionally with ``":N"``.
        index (int, optional): the device index (only 0 exists for now).
    """

    __slots__ = ("index", "type")

    def __init__(self, type: str | device, index: int | None = None):
        if isinstance(type, device):
            self.type, self.index = type.type, type.index
            return
        if not isinstance(type, str):
            raise TypeError(
                f"device() received an invalid combination of arguments - got ({type!r})"
            )
        name, _, idx = type.partition(":")
        if name not in _ALIASES:
            raise RuntimeError(
                "Expected one of cpu, gpu, wgpu, cuda device type at start of device string: "
                f"{type}"
            )
        self.type = _ALIASES[name]
        if idx:
            index = int(idx)
        if self.type == "cpu":
            self.index = None
        else:
            self.index = 0 if index is None else index
            if self.index != 0:
                raise RuntimeError(f"Invalid device {type}: only device 0 exists")

    def __repr__(self) -> str:
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __str__(self) -> str:
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            other = device(other)
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self) -> int:
        return hash((self.type, self.index))


CPU = device("cpu")


def to_device(d: object) -> device:
    """Accept a device, a string or None (cpu); return a device."""
    if d is None:
        return CPU
    if isinstance(d, device):
        return d
    if isinstance(d, int):
        return device("wgpu", d)
    return device(d)  # type: ignore[arg-type]
