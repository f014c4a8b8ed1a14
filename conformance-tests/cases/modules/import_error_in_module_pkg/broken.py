"""A module whose body fails half-way through."""
READY = True
def compute():
    return {}["threshold"]
VALUE = compute()
