# Checks: an uncaught subclass of a builtin exception, with args of several kinds, prints str() of the args tuple.
class ConfigError(ValueError):
    pass
raise ConfigError("bad value", 42)
