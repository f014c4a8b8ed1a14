# Checks: `raise X from Y()` where the cause was never raised prints the cause without a "Traceback" header.
def fetch():
    raise LookupError("record not found") from KeyError("id-42")
fetch()
