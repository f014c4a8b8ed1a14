# Checks: yields (and awaits) inside if/elif/else, while/else, for/else, try/except/else/finally in an async generator.
def run_all(ag):
    out = []
    while True:
        aw = ag.asend(None)
        try:
            while True:
                aw.send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            return out

class Sleep:
    def __await__(self):
        yield

async def agen(x):
    if x > 0:
        yield "positive"
        await Sleep()
    elif x == 0:
        yield "zero"
    else:
        yield "negative"
    n = 0
    while n < 2:
        yield "while %d" % n
        n += 1
    else:
        yield "while-else"
    for i in range(3):
        if i == 1:
            continue
        yield "for %d" % i
        await Sleep()
    else:
        yield "for-else"
    try:
        yield "try"
        if x < 0:
            raise ValueError(x)
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    if x == 0:
        yield "elif-chain zero"
    elif isinstance(x, int) and x > 0:
        await Sleep()
        yield "elif-chain positive %d" % x
    else:
        yield "elif-chain other"

for x in (1, 0, -1):
    print(run_all(agen(x)))
