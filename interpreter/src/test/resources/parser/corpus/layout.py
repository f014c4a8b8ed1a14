# leading comment
x = 1
#---
x = 1  # trailing comment
y = 2# no space
#---


x = 1


y = 2


#---
def f():

    x = 1

    return x

#---
def f():
    # comment at block indent
    x = 1
# comment at column 0 inside block
        # comment indented deeper
    return x
#---
if x:
    pass
    # trailing comment in block
# comment after block
y = 1
#---
x = 1 + \
    2
#---
x = 1 + \
2
#---
if a and \
   b:
    pass
#---
x = \
    1
#---
assert x, \
    'message'
#---
with a as b, \
     c as d:
    pass
#---
def f(a,
      b,
  c):
    pass
#---
x = [
    1,
        2,
  3,
]
#---
x = (1 +
     2 +
     3)
#---
x = {
    'a': 1,  # comment inside braces
    # full-line comment inside braces

    'b': 2,
}
#---
f(a,

  b)
#---
x = [  # comment after opening bracket
    1
]
#---
x = 1;
#---
x = 1; y = 2; z = 3
#---
x = 1; y = 2;
#---
if x: a = 1; b = 2
#---
while x: pass
#---
for x in y: a; b
#---
def f(): return 1
#---
class C: pass
#---
try: pass
except: pass
#---
with a: pass
#---
if x:
    if y:
        if z:
            a = 1
b = 2
#---
if x:
        deep = 8
        same = 8
#---
if x:
 one = 1
 if y:
  two = 2
#---
def f():
    return 1



def g():
    return 2
#---
x = 1 \
    + 2 \
    + 3
#---
s = 'a' \
    'b'
#---
if x:
    y = (1,
2)
    z = 3
#---
"""Module docstring
spanning lines."""

import os
#---
x = [1,
     2,
     3
]
#---
def f(
):
    pass
#---
foo(**{
    'a': 1,
})
#---
x = (  # comment
    # another
    1  # and another
)  # trailing
#---
if x:  # comment after colon
    pass
else:  # another
    pass
#---
class C:

    x = 1


    def f(self):
        pass
#---
if True:
    x = [
1, 2,
    3]
    y = 4
#---
x = (
)
#---
x = 1 if y else \
    2
#---
a = b = \
    c
#---
print('a'); print('b')
#---
if a: pass
elif b: pass
else: pass
#---
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
x = 1
#---
def f():
    pass
# trailing comment at end of file
#---
x = 1
# comment


# comment after blank lines
#---
i = 0
while i < 3: i += 1
#---
def f(x): return x if x else \
    None
