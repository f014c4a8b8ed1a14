# Checks: del of locals, subscripts and attributes across yields; a deleted local is unbound after resume.
class Obj:
    pass

def gen():
    a = 1
    d = {"k": 1, "j": 2}
    o = Obj()
    o.attr = "x"
    yield sorted(d)
    del a
    yield "deleted a"
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    del d[(yield "which key?")]
    yield sorted(d)
    del o.attr
    yield hasattr(o, "attr")
    lst = [0, 1, 2, 3]
    del lst[(yield "start?"):(yield "stop?")]
    yield lst

g = gen()
print(next(g))
print(next(g))
print(next(g))
print(g.send("j"))
print(next(g))
print(next(g))
print(g.send(1))
print(g.send(3))
