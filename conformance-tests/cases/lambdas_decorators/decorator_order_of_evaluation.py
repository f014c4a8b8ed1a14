# Checks: decorator expressions are evaluated top-down, applied bottom-up.
def deco(name):
    print("evaluate", name)
    def apply(fn):
        print("apply", name)
        return fn
    return apply
@deco("first")
@deco("second")
@deco("third")
def target():
    return "target ran"
print(target())
