# Checks: gi_code is the function's code object; co_name, co_flags generator bit, genexp code name.
def my_generator(x):
    yield x

g = my_generator(1)
print(g.gi_code is my_generator.__code__)
print(g.gi_code.co_name, g.gi_code.co_argcount, g.gi_code.co_varnames)
print(bool(g.gi_code.co_flags & 0x20))
print(bool((lambda: 1).__code__.co_flags & 0x20))
ge = (i for i in [])
print(ge.gi_code.co_name)
class K:
    def method(self):
        yield self
print(K().method().gi_code.co_name)
print(K.method.__code__.co_qualname)
list(g)
print(g.gi_code.co_name)
