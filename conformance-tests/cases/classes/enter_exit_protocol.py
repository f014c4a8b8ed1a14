# Checks: context managers as classes: __exit__ receives (type, value, traceback), suppress via true return, nesting order.
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError
log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append("use " + a.name + b.name)
with Resource("c", log):
    raise KeyError("suppressed")
try:
    with Resource("d", log):
        raise ValueError("not suppressed")
except ValueError:
    log.append("caught ValueError")
print("\n".join(log))
class TbCheck:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is ZeroDivisionError, type(ev).__name__, tb is ev.__traceback__, type(tb).__name__)
        return True
with TbCheck():
    1 / 0
