# Checks: the execution order of try/except/else/finally for the no-exception, handled and unhandled cases.
def run(kind):
    log = []
    try:
        try:
            log.append("try")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
        except ValueError as e:
            log.append(f"except {e}")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except TypeError:
        log.append("outer caught TypeError")
    return log
for kind in ["none", "value", "type"]:
    print(kind, run(kind))
