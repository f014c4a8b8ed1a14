"""A package that loads its heavy part on first use (PEP 562)."""
eager = "eager value"


def __getattr__(name):
    print("module __getattr__ asked for", name)
    if name == "Heavy":
        from .heavy import Heavy
        globals()["Heavy"] = Heavy
        return Heavy
    if name == "computed":
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
