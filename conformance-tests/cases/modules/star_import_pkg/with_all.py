__all__ = ["public_a", "_private_but_listed"]
public_a = "A"
public_b = "B (not in __all__)"
_private_but_listed = "listed"
