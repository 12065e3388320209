"""WGSL source loading and composition (helper prepending and the ``T`` alias rewrite).

Sources come from the extension (``ferrotensor._core.shader_source``), or from
``$FT_SHADER_DIR/<name>.wgsl`` when that variable is set, so shaders can be edited
without rebuilding. Composition does exactly two text operations (STYLE.md §8):
prepend the helpers named on a first line ``// @requires a/b c/d``, and rewrite
the line ``alias T = f32; // @dtype`` to the requested element type.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from ... import _core

_REQUIRES = "// @requires "
_DTYPE_LINE = "alias T = f32; // @dtype"
WGSL_TYPES = ("f32", "i32", "u32", "f16")
# The element types each shader is written for (``make lint-wgsl`` checks each pair).
# Binary ops on float16 compute in f32 (as on the CPU), so binary has no f16 variant.
SUPPORTED = {
    "elementwise/binary": ("f32", "i32", "u32"),
    "elementwise/contiguous": WGSL_TYPES,
    "reduce/sum": ("f32", "i32"),
    "matmul/tiled": ("f32", "f16"),
}


def source(name: str) -> str:
    """The text of one shader, e.g. ``source("elementwise/binary")``.

    Raises:
        KeyError: when no shader has that name.
    """
    root = os.environ.get("FT_SHADER_DIR")
    if root:
        path = Path(root) / f"{name}.wgsl"
        if not path.is_file():
            raise KeyError(f"no shader named '{name}' in FT_SHADER_DIR={root}")
        return path.read_text(encoding="utf-8")
    return str(_core.shader_source(name))


def requires(text: str) -> list[str]:
    """The helper names listed on the ``// @requires`` first line (none when absent)."""
    first = text.split("\n", 1)[0].strip()
    if not first.startswith(_REQUIRES):
        return []
    return first[len(_REQUIRES) :].split()


@cache
def compose(name: str, wgsl_type: str = "f32") -> str:
    """The complete module text of shader ``name`` with element type ``wgsl_type``.

    Args:
        name (str): the shader path without ``.wgsl``, e.g. ``"reduce/sum"``.
        wgsl_type (str): ``"f32"``, ``"i32"``, ``"u32"`` or ``"f16"`` (adds ``enable f16;``),
            one of ``SUPPORTED[name]``.

    Raises:
        ValueError: for a type the shader does not support, or a shader without its
            ``// @dtype`` line.
    """
    if wgsl_type not in SUPPORTED.get(name, WGSL_TYPES):
        raise ValueError(f"shader '{name}' has no '{wgsl_type}' variant")
    text = source(name)
    lines = text.split("\n")
    hits = [i for i, line in enumerate(lines) if line.strip() == _DTYPE_LINE]
    if len(hits) != 1:
        raise ValueError(f"shader '{name}' must declare exactly one line '{_DTYPE_LINE}'")
    lines[hits[0]] = f"alias T = {wgsl_type}; // @dtype"
    parts = ["enable f16;"] if wgsl_type == "f16" else []
    parts += [_helpers(req) for req in requires(text)]
    parts.append("\n".join(lines))
    return "\n".join(parts)


def _helpers(name: str) -> str:
    """A helper file's text (helpers declare no ``T`` and require nothing further)."""
    text = source(name)
    if requires(text):
        raise ValueError(f"helper '{name}' must not itself use // @requires")
    return text
