# Checks: __aiter__ returns the generator itself; __anext__ returns an async_generator_asend awaitable; awaitable type names.
async def agen():
    yield "a"
    yield "b"

ag = agen()
print(ag.__aiter__() is ag)
aw = ag.__anext__()
print(type(aw).__name__, type(ag.asend(None)).__name__)
print(type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("first:", e.value)
aw2 = ag.__anext__()
print(aw2 is not aw, hasattr(aw2, "__await__"), hasattr(aw2, "send"), hasattr(aw2, "throw"), hasattr(aw2, "close"))
print(aw2.__await__() is aw2, iter(aw2) is aw2)
try:
    next(aw2)
except StopIteration as e:
    print("second via next():", e.value)
try:
    ag.__anext__().send(None)
except StopAsyncIteration as e:
    print("end:", type(e).__name__, e.args)
