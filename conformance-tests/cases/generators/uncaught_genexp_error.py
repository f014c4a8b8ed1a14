# Checks: an uncaught exception inside a generator expression consumed by sum(): traceback shows the <genexpr> frame.
def parse(s):
    return int(s)

values = ["1", "2", "three"]
print(sum(parse(v) for v in values[:2]))
print(sum(parse(v) for v in values))
