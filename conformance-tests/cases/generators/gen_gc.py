# Checks: gc.collect() does not disturb suspended generators that are still referenced, even in reference cycles.
import gc

def gen(box):
    box.append("cycle")
    n = 0
    while True:
        n += 1
        yield n

box = []
g = gen(box)
box.append(g)
print(next(g), next(g))
gc.collect()
print(next(g), box[1], box[0] is g)

def self_ref():
    me = yield "started"
    yield me is holder[0]
    yield "still alive"

holder = []
s = self_ref()
holder.append(s)
print(next(s))
print(s.send(s))
del s
gc.collect()
print(next(holder[0]))
holder[0].close()
g.close()
print(g.gi_frame, gc.collect() >= 0)
