# Checks: close() while suspended at a yield inside a finally block: GeneratorExit raised there, remaining finally code skipped.
def gen():
    try:
        yield "in try"
    finally:
        print("finally part 1")
        yield "in finally"
        print("finally part 2 (skipped by close)")

g = gen()
print(next(g))
print(next(g))
g.close()
print("closed", g.gi_frame)

def nested():
    try:
        try:
            yield "inner try"
        finally:
            print("inner finally")
            yield "inner finally yield"
    finally:
        print("outer finally runs on close")

g = nested()
print(next(g))
print(next(g))
g.close()

def throw_in_finally():
    try:
        yield 1
    finally:
        try:
            yield 2
        except ValueError as e:
            print("caught in finally", e)
        print("finally end")

g = throw_in_finally()
next(g)
print(next(g))
try:
    g.throw(ValueError("v"))
except StopIteration:
    print("StopIteration after finally completes")
