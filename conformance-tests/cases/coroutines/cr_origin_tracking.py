# Checks: cr_origin is None by default; with sys.set_coroutine_origin_tracking_depth(n) it holds (file, line, function) tuples.
import sys

async def coro():
    pass

def make():
    return coro()

def outer_make():
    return make()

print(sys.get_coroutine_origin_tracking_depth())
c = make()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer_make()
print([(f.endswith("cr_origin_tracking.py"), line, name) for f, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer_make()
print([(line, name) for f, line, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
c.close()
