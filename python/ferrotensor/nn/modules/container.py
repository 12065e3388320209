"""Containers: ``Sequential``, ``ModuleList``, ``ModuleDict``, ``ParameterList/Dict``."""

from __future__ import annotations

import operator
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, Optional

from ..._tensor import Tensor
from ..module import Module, _addindent
from ..parameter import Parameter


def _index(idx: Any, size: int) -> int:
    """``idx`` as a non-negative position in ``range(size)``.

    Raises:
        IndexError: when ``idx`` is out of range.
        TypeError: when ``idx`` is not an integer.
    """
    i = operator.index(idx)
    if not -size <= i < size:
        raise IndexError(f"index {i} is out of range")
    return i % size


class Sequential(Module):
    """Modules applied one after another: the output of each is the input of the next.

    Build it from modules (named ``"0"``, ``"1"``, ...) or from an ``OrderedDict`` of
    named modules. Indexing with an int returns a module; a slice returns a Sequential.

    Example::

        >>> from ferrotensor import nn
        >>> model = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
        >>> model[0]
        Linear(in_features=2, out_features=3, bias=True)
    """

    def __init__(self, *args: Any) -> None:
        super().__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            for name, mod in args[0].items():
                self.add_module(name, mod)
        else:
            for i, mod in enumerate(args):
                self.add_module(str(i), mod)

    def __getitem__(self, idx: Any) -> Any:
        if isinstance(idx, slice):
            return type(self)(OrderedDict(list(self._modules.items())[idx]))
        pos = _index(idx, len(self._modules))
        return next(islice(iter(self._modules.values()), pos, None))

    def __setitem__(self, idx: int, module: Module) -> None:
        key = list(self._modules)[_index(idx, len(self._modules))]
        setattr(self, key, module)

    def __delitem__(self, idx: Any) -> None:
        keys = list(self._modules)
        if isinstance(idx, slice):
            for key in keys[idx]:
                delattr(self, key)
        else:
            delattr(self, keys[_index(idx, len(keys))])
        # Keep the numbering contiguous, as PyTorch does.
        self._renumber()

    def _renumber(self) -> None:
        items = list(self._modules.values())
        self._modules.clear()
        for i, mod in enumerate(items):
            self._modules[str(i)] = mod

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._modules.values())  # type: ignore[arg-type]

    def __add__(self, other: Sequential) -> Sequential:
        if not isinstance(other, Sequential):
            raise ValueError(
                "add operator supports only objects of Sequential class, but "
                f"{type(other)} is given."
            )
        out = Sequential()
        for mod in [*self, *other]:
            out.append(mod)
        return out

    def __dir__(self) -> list[str]:
        return [k for k in super().__dir__() if not k.isdigit()]

    def append(self, module: Module) -> Sequential:
        """Add ``module`` at the end; return self."""
        self.add_module(str(len(self)), module)
        return self

    def insert(self, index: int, module: Module) -> Sequential:
        """Insert ``module`` before position ``index``; return self."""
        if not isinstance(module, Module):
            raise AssertionError(f"module should be of type: {Module}")
        n = len(self._modules)
        if not -n <= index <= n:
            raise IndexError(f"Index out of range: {index}")
        if index < 0:
            index += n
        items = list(self._modules.values())
        items.insert(index, module)
        self._modules.clear()
        for i, mod in enumerate(items):
            self._modules[str(i)] = mod
        return self

    def extend(self, sequential: Iterable[Module]) -> Sequential:
        """Append every module of ``sequential``; return self."""
        for mod in sequential:
            self.append(mod)
        return self

    def pop(self, key: Any) -> Module:
        """Remove and return the module at position ``key``."""
        mod = self[key]
        del self[key]
        return mod  # type: ignore[no-any-return]

    def forward(self, input: Any) -> Any:
        """Run the modules in order."""
        for mod in self._modules.values():
            input = mod(input)  # type: ignore[misc]
        return input


class ModuleList(Module):
    """A list of modules, registered so that their parameters are visible.

    Args:
        modules (iterable, optional): modules to add.
    """

    def __init__(self, modules: Optional[Iterable[Module]] = None) -> None:
        super().__init__()
        if modules is not None:
            self += modules

    def __getitem__(self, idx: Any) -> Any:
        if isinstance(idx, slice):
            return type(self)(list(self._modules.values())[idx])  # type: ignore[arg-type]
        return self._modules[str(_index(idx, len(self._modules)))]

    def __setitem__(self, idx: int, module: Module) -> None:
        setattr(self, str(_index(idx, len(self._modules))), module)

    def __delitem__(self, idx: Any) -> None:
        if isinstance(idx, slice):
            for key in list(self._modules)[idx]:
                delattr(self, key)
        else:
            delattr(self, str(_index(idx, len(self._modules))))
        items = list(self._modules.values())
        self._modules.clear()
        for i, mod in enumerate(items):
            self._modules[str(i)] = mod

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._modules.values())  # type: ignore[arg-type]

    def __iadd__(self, modules: Iterable[Module]) -> ModuleList:
        return self.extend(modules)

    def __add__(self, other: Iterable[Module]) -> ModuleList:
        return ModuleList([*self, *other])

    def __dir__(self) -> list[str]:
        return [k for k in super().__dir__() if not k.isdigit()]

    def insert(self, index: int, module: Module) -> None:
        """Insert ``module`` before position ``index``."""
        items = list(self._modules.values())
        items.insert(index, module)
        self._modules.clear()
        for i, mod in enumerate(items):
            self.add_module(str(i), mod)

    def append(self, module: Module) -> ModuleList:
        """Add ``module`` at the end; return self."""
        self.add_module(str(len(self)), module)
        return self

    def extend(self, modules: Iterable[Module]) -> ModuleList:
        """Append every module of ``modules``; return self.

        Raises:
            TypeError: when ``modules`` is not iterable.
        """
        if not isinstance(modules, Iterable):
            raise TypeError(
                "ModuleList.extend should be called with an iterable, but got "
                + type(modules).__name__
            )
        start = len(self)
        for i, mod in enumerate(modules):
            self.add_module(str(start + i), mod)
        return self

    def pop(self, key: Any) -> Module:
        """Remove and return the module at position ``key``."""
        mod = self[key]
        del self[key]
        return mod  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        reprs = [repr(m) for m in self]
        if not reprs:
            return f"{self._get_name()}()"
        # Runs of identical consecutive modules print once, as "(0-2): 3 x Linear(...)".
        groups: list[list[Any]] = []
        for i, r in enumerate(reprs):
            if groups and groups[-1][2] == r:
                groups[-1][1] = i
            else:
                groups.append([i, i, r])
        lines = []
        for start, end, r in groups:
            head = f"({start})" if start == end else f"({start}-{end}): {end - start + 1} x"
            text = f"{head}: {r}" if start == end else f"{head} {r}"
            lines.append(_addindent(text, 2))
        return f"{self._get_name()}(\n  " + "\n  ".join(lines) + "\n)"


class ModuleDict(Module):
    """An ordered dict of modules, registered so that their parameters are visible.

    Args:
        modules (mapping or iterable of (name, module) pairs, optional): modules to add.
    """

    def __init__(self, modules: Any = None) -> None:
        super().__init__()
        if modules is not None:
            self.update(modules)

    def __getitem__(self, key: str) -> Module:
        return self._modules[key]  # type: ignore[return-value]

    def __setitem__(self, key: str, module: Module) -> None:
        self.add_module(key, module)

    def __delitem__(self, key: str) -> None:
        del self._modules[key]

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __contains__(self, key: object) -> bool:
        return key in self._modules

    def clear(self) -> None:
        """Remove every module."""
        self._modules.clear()

    def pop(self, key: str) -> Module:
        """Remove ``key`` and return its module."""
        mod = self[key]
        del self[key]
        return mod

    def keys(self) -> Any:
        """The names."""
        return self._modules.keys()

    def items(self) -> Any:
        """The ``(name, module)`` pairs."""
        return self._modules.items()

    def values(self) -> Any:
        """The modules."""
        return self._modules.values()

    def update(self, modules: Any) -> None:
        """Add modules from a mapping or an iterable of ``(name, module)`` pairs.

        Raises:
            TypeError: when ``modules`` is neither.
            ValueError: when an element is not a pair.
        """
        if not isinstance(modules, Iterable):
            raise TypeError(
                "ModuleDict.update should be called with an iterable of key/value pairs, "
                "but got " + type(modules).__name__
            )
        if isinstance(modules, (OrderedDict, ModuleDict, Mapping)):
            for key, mod in modules.items():
                self[key] = mod
            return
        for j, pair in enumerate(modules):
            if not isinstance(pair, Iterable):
                raise TypeError(
                    "ModuleDict update sequence element #"
                    + str(j)
                    + " should be Iterable; is"
                    + type(pair).__name__
                )
            pair = list(pair)
            if len(pair) != 2:
                raise ValueError(
                    "ModuleDict update sequence element #"
                    + str(j)
                    + " has length "
                    + str(len(pair))
                    + "; 2 is required"
                )
            self[pair[0]] = pair[1]


def _param_line(p: Any, kind_name: str) -> str:
    """One line of a ParameterList/ParameterDict repr."""
    if isinstance(p, Tensor):
        size = "x".join(str(d) for d in p.size())
        device = f" ({p.device})" if p.device.type != "cpu" else ""
        what = "Parameter" if isinstance(p, Parameter) else "Tensor"
        return f"{what} containing: [{kind_name} of size {size}{device}]"
    return f"Object of type: {type(p).__name__}"


class ParameterList(Module):
    """A list of parameters, registered as the module's parameters ``"0"``, ``"1"``, ...

    Tensors that are not Parameters are wrapped in one when added.

    Args:
        values (iterable, optional): the parameters to add.
    """

    def __init__(self, values: Optional[Iterable[Any]] = None) -> None:
        super().__init__()
        self._size = 0
        if values is not None:
            self += values

    def __getitem__(self, idx: Any) -> Any:
        if isinstance(idx, slice):
            return ParameterList(self[i] for i in range(len(self))[idx])
        return getattr(self, str(_index(idx, self._size)))

    def __setitem__(self, idx: int, param: Any) -> None:
        idx = _index(idx, self._size)
        if isinstance(param, Tensor) and not isinstance(param, Parameter):
            param = Parameter(param)
        setattr(self, str(idx), param)

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Any]:
        return (self[i] for i in range(len(self)))

    def __iadd__(self, parameters: Iterable[Any]) -> ParameterList:
        return self.extend(parameters)

    def __dir__(self) -> list[str]:
        return [k for k in super().__dir__() if not k.isdigit()]

    def append(self, value: Any) -> ParameterList:
        """Add ``value`` at the end; return self."""
        new = self._size
        self._size += 1
        self[new] = value
        return self

    def extend(self, values: Iterable[Any]) -> ParameterList:
        """Append every value of ``values``; return self."""
        if not isinstance(values, Iterable) or isinstance(values, Tensor):
            raise TypeError(
                "ParameterList.extend should be called with an iterable, but got "
                + type(values).__name__
            )
        for v in values:
            self.append(v)
        return self

    def extra_repr(self) -> str:
        """One line per entry: its kind, dtype and size."""
        return "\n".join(
            f"  ({i}): " + _param_line(p, str(getattr(p, "dtype", ""))) for i, p in enumerate(self)
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Refuse to be called (a ParameterList has no forward)."""
        raise RuntimeError("ParameterList should not be called.")


class ParameterDict(Module):
    """An ordered dict of parameters, registered under their keys.

    Tensors that are not Parameters are wrapped in one when added.

    Args:
        parameters (mapping or iterable of (key, value) pairs, optional): values to add.
    """

    def __init__(self, parameters: Any = None) -> None:
        super().__init__()
        self._keys: dict[str, None] = {}
        if parameters is not None:
            self.update(parameters)

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._keys[key] = None
        if isinstance(value, Tensor) and not isinstance(value, Parameter):
            value = Parameter(value)
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        del self._keys[key]
        delattr(self, key)

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def keys(self) -> Any:
        """The keys."""
        return self._keys.keys()

    def items(self) -> Any:
        """The ``(key, value)`` pairs."""
        return ((k, self[k]) for k in self._keys)

    def values(self) -> Any:
        """The values."""
        return (self[k] for k in self._keys)

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default``."""
        return getattr(self, key) if key in self._keys else default

    def pop(self, key: str) -> Any:
        """Remove ``key`` and return its value."""
        value = self[key]
        del self[key]
        return value

    def clear(self) -> None:
        """Remove every entry."""
        for k in list(self._keys):
            del self[k]

    def update(self, parameters: Any) -> None:
        """Add values from a mapping or an iterable of ``(key, value)`` pairs.

        Raises:
            TypeError: when ``parameters`` is neither.
            ValueError: when an element is not a pair.
        """
        if not isinstance(parameters, Iterable):
            raise TypeError(
                "ParametersDict.update should be called with an iterable of key/value pairs, "
                "but got " + type(parameters).__name__
            )
        if isinstance(parameters, (Mapping, ParameterDict)):
            pairs = list(parameters.items())
            if not isinstance(parameters, (OrderedDict, ParameterDict)):
                pairs.sort()
        else:
            pairs = []
            for j, p in enumerate(parameters):
                p = list(p)
                if len(p) != 2:
                    raise ValueError(
                        "ParameterDict update sequence element #"
                        + str(j)
                        + " has length "
                        + str(len(p))
                        + "; 2 is required"
                    )
                pairs.append((p[0], p[1]))
        for k, v in pairs:
            self[k] = v

    def extra_repr(self) -> str:
        """One line per entry: its kind, type name and size."""
        return "\n".join(
            f"  ({k}): " + _param_line(p, p.type() if isinstance(p, Tensor) else "")
            for k, p in self.items()
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Refuse to be called (a ParameterDict has no forward)."""
        raise RuntimeError("ParameterDict should not be called.")
