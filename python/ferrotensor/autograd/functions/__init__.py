"""The library's differentiable ops, one ``Function`` each (grouped by family)."""
