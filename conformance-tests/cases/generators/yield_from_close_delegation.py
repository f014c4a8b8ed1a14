# Checks: close() through yield from closes the sub-generator first (inner finally before outer finally).
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.close())
print(g.gi_frame is None)

def inner_catches():
    try:
        yield 1
    except GeneratorExit:
        print("inner catches GeneratorExit and returns")
        return "ignored value"

def outer2():
    r = yield from inner_catches()
    print("never reached", r)

g = outer2()
next(g)
g.close()
print("closed ok")
