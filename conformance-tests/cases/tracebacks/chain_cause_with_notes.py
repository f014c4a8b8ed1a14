# Checks: an uncaught exception raised from a cause, both with notes, prints both tracebacks with the direct-cause separator.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("the value must be a whole number")
        raise ConfigError(f"bad setting {text!r}") from e

try:
    load("ten")
except ConfigError as err:
    err.add_note("first attempt")
    err.add_note("multi-line note:\n  indented detail")
    raise
