# Checks: async for over async generators with else, break and continue; break leaves the generator suspended (then aclose).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers(%d) finally" % n)

async def main():
    async for i in numbers(2):
        print("a", i)
    else:
        print("else runs after exhaustion")
    gen = numbers(10)
    async for i in gen:
        if i % 2:
            continue
        if i >= 4:
            print("break at", i)
            break
        print("b", i)
    else:
        print("not printed")
    print("generator suspended after break:", gen.ag_frame is not None)
    await gen.aclose()
    print("after aclose:", gen.ag_frame)
    async for i in gen:
        print("never")
    else:
        print("else on closed generator")

run(main())
