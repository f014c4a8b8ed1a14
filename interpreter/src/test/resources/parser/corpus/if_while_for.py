if x:
    pass
#---
if x:
    a
else:
    b
#---
if x:
    a
elif y:
    b
#---
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
#---
if x:
    if y:
        a
    else:
        b
else:
    if z:
        c
#---
if x: pass
#---
if x: a; b
#---
if x: a; b;
#---
if x: a
elif y: b
else: c
#---
if (x and
        y):
    pass
#---
if not x:
    pass
#---
if x is None: return_ = 1
#---
while x:
    pass
#---
while x:
    a
else:
    b
#---
while True: pass
#---
while x: x -= 1
#---
while 1:
    while 2:
        break
    else:
        pass
#---
for x in y:
    pass
#---
for x in y:
    a
else:
    b
#---
for a, b in c:
    pass
#---
for (a, b) in c:
    pass
#---
for [a, b] in c:
    pass
#---
for a, (b, c) in d:
    pass
#---
for a, *b in c:
    pass
#---
for *a, b in c:
    pass
#---
for x, in y:
    pass
#---
for x.y in z:
    pass
#---
for x[0] in y:
    pass
#---
for x in 1, 2, 3:
    pass
#---
for x in *a, b:
    pass
#---
for x in y if z else w:
    pass
#---
for x in lambda: 0,:
    pass
#---
for i in range(10): print(i)
#---
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
#---
for x in y:
    for z in x:
        if z:
            break
    else:
        continue
else:
    pass
#---
if a:
    pass
elif b:
    pass
elif c:
    pass
elif d:
    pass
elif e:
    pass
#---
if x:
    a = 1
    b = 2
    c = 3
#---
while (x := f()) is not None:
    print(x)
#---
for x in (yield_):
    pass
#---
for x in [1, 2, 3]:
    if x == 2:
        continue
    print(x)
#---
if x:
    pass
else:
    if y:
        pass
    else:
        pass
#---
for x in y: pass
else: pass
#---
while x: pass
else: pass
#---
if a if b else c:
    pass
#---
if lambda: 0:
    pass
#---
while not done and count < limit:
    count += 1
