try:
    pass
except:
    pass
#---
try:
    a
except E:
    b
#---
try:
    a
except E as e:
    b
#---
try:
    a
except (A, B):
    b
#---
try:
    a
except (A, B) as e:
    b
#---
try:
    a
except A:
    b
except B:
    c
except:
    d
#---
try:
    a
except E:
    b
else:
    c
#---
try:
    a
except E:
    b
finally:
    c
#---
try:
    a
except E:
    b
else:
    c
finally:
    d
#---
try:
    a
finally:
    b
#---
try:
    a
except:
    b
else:
    c
#---
try:
    a
except:
    b
finally:
    c
#---
try:
    a
except A as x:
    b
except (B, C) as y:
    c
except D:
    d
else:
    e
finally:
    f
#---
try:
    try:
        a
    except E:
        b
    finally:
        c
except F:
    d
#---
try: a
except: b
#---
try: a
except E as e: b
else: c
finally: d
#---
try:
    a
except a.b.C:
    pass
#---
try:
    a
except f():
    pass
#---
try:
    a
except E if x else F:
    pass
#---
try:
    a
except (E):
    pass
#---
try:
    a
except ():
    pass
#---
try:
    a
except (A, B,):
    pass
#---
try:
    a
except errors[0] as e:
    pass
#---
try:
    pass
except Exception as e:
    raise RuntimeError('wrapped') from e
#---
def f():
    try:
        return 1
    except:
        return 2
    else:
        return 3
    finally:
        return 4
#---
while True:
    try:
        break
    except E:
        continue
    finally:
        pass
#---
try:
    a
except A or B:
    pass
