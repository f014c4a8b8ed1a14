# Checks: closures capture variables, not values (late binding), and the default-argument workaround.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def show():
            return j
        fs.append(show)
    j = 100
    return fs
print([f() for f in make()])
def shared():
    value = "before"
    def get():
        return value
    value = "after"
    return get
print(shared()())
