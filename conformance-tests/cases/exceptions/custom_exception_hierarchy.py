# Checks: a user exception hierarchy with multiple inheritance from builtin exceptions and catching by either base.
class AppError(Exception):
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code
class ConfigError(AppError, ValueError):
    pass
class NetError(AppError, ConnectionError):
    pass
for exc in [ConfigError("bad key", code=2), NetError("down")]:
    try:
        raise exc
    except ValueError as e:
        print("as ValueError:", e, e.code)
    except OSError as e:
        print("as OSError:", e, e.code, e.errno)
print([c.__name__ for c in ConfigError.__mro__])
print([c.__name__ for c in NetError.__mro__])
