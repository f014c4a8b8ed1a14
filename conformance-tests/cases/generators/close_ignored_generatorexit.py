# Checks: a generator that yields after GeneratorExit makes close() raise RuntimeError; it stays suspended and can go on.
def stubborn():
    ignored = 0
    while True:
        try:
            yield "alive"
        except GeneratorExit:
            ignored += 1
            print("GeneratorExit number", ignored)
            if ignored == 2:
                return

g = stubborn()
next(g)
try:
    g.close()
except Exception as e:
    print(type(e).__name__, e)
print(g.gi_frame is not None, g.gi_running)
print(next(g))
g.close()
print("second close ok", g.gi_frame)

def stubborn_finally():
    try:
        yield 1
    finally:
        yield "yield in finally"
        print("finally resumes, GeneratorExit is re-raised at its end")

h = stubborn_finally()
next(h)
try:
    h.close()
except Exception as e:
    print(type(e).__name__, e)
try:
    next(h)
except BaseException as e:
    print(type(e).__name__, repr(e))
print(h.gi_frame)

def converts():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised instead")

c = converts()
next(c)
try:
    c.close()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
