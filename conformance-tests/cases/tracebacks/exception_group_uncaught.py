# Checks: an uncaught exception group prints CPython's nested traceback drawing: numbered members, nested groups, notes and member tracebacks.
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value == 0:
        raise ZeroDivisionError("zero")
    return value

def validate(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            e.add_note(f"while checking {v}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", [*errors, ExceptionGroup("nested", [KeyError("k")])])

validate([3, -1, 0, 5])
