global x
#---
global x, y, z
#---
def f():
    global x
    x = 1
#---
def f():
    global x, y
    x, y = 1, 2
#---
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x
#---
def f():
    x = y = 0
    def g():
        nonlocal x, y
        x += 1
        y += 1
    return g
#---
def f():
    x = 0
    def g():
        def h():
            nonlocal x
            x += 1
        return h
    return g
#---
class C:
    global x
    x = 1
#---
def f():
    global g
    def g():
        pass
#---
def f():
    global C
    class C:
        pass
#---
def f():
    global os
    import os
#---
def f(a):
    def g():
        nonlocal a
        a = 1
    return g
#---
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
#---
def f():
    global x; x = 1
#---
x = 0
def f():
    global x
    for x in range(3):
        pass
#---
def f():
    x = 1
    def g():
        nonlocal x
        del x
#---
def f():
    global x
    del x
#---
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            global c
            a, b, c = b, a, 3
        return inner
    return middle
