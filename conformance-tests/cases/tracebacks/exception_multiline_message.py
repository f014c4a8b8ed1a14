# Checks: exception messages containing newlines and empty-string messages in tracebacks.
raise RuntimeError("first line\nsecond line\n  indented third")
