# Checks: throw() into an unstarted generator raises at once (body never runs, try blocks not entered); generator is then finished.
def gen():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("never caught here")
        yield "bad"
    finally:
        print("never printed finally")

g = gen()
try:
    g.throw(ValueError("early"))
except Exception as e:
    print(type(e).__name__, e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("StopIteration after throw")

g = gen()
try:
    g.throw(StopIteration)
except Exception as e:
    print(type(e).__name__, e)

g = gen()
try:
    g.throw(GeneratorExit)
except BaseException as e:
    print(type(e).__name__, e)
print(list(g))
