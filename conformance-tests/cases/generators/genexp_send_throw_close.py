# Checks: generator expressions support send(None), throw() and close() like generators; gi_* attributes.
g = (x * 2 for x in range(5))
print(g.send(None))
print(next(g))
print(g.send(1))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame, list(g))

h = (x for x in range(3))
print(h.gi_running, type(h.gi_frame).__name__, h.gi_code.co_name)
next(h)
h.close()
print(h.gi_frame, list(h))

def src():
    try:
        yield 1
        yield 2
    finally:
        print("source finally")

s = src()
k = (v + 100 for v in s)
print(next(k))
k.close()
print("genexp closed, source still suspended:", s.gi_frame is not None)
s.close()
