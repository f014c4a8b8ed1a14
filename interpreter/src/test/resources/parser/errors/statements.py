if x
    pass
#---
if x pass
#---
while x
    pass
#---
for x in y
    pass
#---
def f()
    pass
#---
class C
    pass
#---
try
    pass
except:
    pass
#---
with a
    pass
#---
with a as b
    pass
#---
if x:
    pass
else
    pass
#---
if x:
    pass
elif y
    pass
#---
try:
    pass
except E
    pass
#---
try:
    pass
finally
    pass
#---
print "hello"
#---
print x
#---
exec "code"
#---
if x = 1:
    pass
#---
while x = 1:
    pass
#---
if x.y = 1:
    pass
#---
try:
    pass
x = 1
#---
try:
    pass
else:
    pass
#---
try:
    pass
#---
try:
    pass
except E, F:
    pass
#---
try:
    pass
except E, F as e:
    pass
#---
try:
    pass
except:
    pass
except E:
    pass
#---
try:
    pass
finally:
    pass
except:
    pass
#---
else:
    pass
#---
elif x:
    pass
#---
except:
    pass
#---
finally:
    pass
#---
if x:
    pass
elif:
    pass
#---
from x import a,
#---
from x import
#---
import
#---
from . import
#---
from x import (a, b
#---
from x import (a as)
#---
import a.b as c.d
#---
import a as
#---
from x import a as b as c
#---
import .a
#---
raise X from
#---
assert
#---
del
#---
global
#---
nonlocal
#---
pass pass
#---
a = 1 b = 2
#---
if x: if y: pass
#---
def f(): return yield
#---
for in x:
    pass
#---
for x in:
    pass
#---
for x y:
    pass
#---
def f:
    pass
#---
def ():
    pass
#---
class C(:
    pass
#---
class:
    pass
#---
async x = 1
#---
async lambda: 0
#---
with a as b c:
    pass
#---
with (a as b, c as d:
    pass
#---
while:
    pass
#---
lambda x: yield
#---
return return
#---
x = 1 if y
#---
if x:
    pass
else if y:
    pass
#---
def f() -> :
    pass
#---
class C(x for x in y):
    pass
#---
@
def f(): pass
#---
@a
x = 1
#---
@a b
def f(): pass
#---
x = 1 +
    2
#---
with a, :
    pass
#---
del x +
#---
def f(*args: *Ts = 1):
    pass
#---
x: *a
#---
x: int = y = 1
#---
with (a as b), (c as d):
    pass
#---
for x in range(10)
    pass
#---
import a b
#---
from a import b c
#---
import a.b.
