# Checks: Queue put_nowait/get_nowait, QueueFull/QueueEmpty, maxsize/full/empty/qsize, task_done too many times, str of queues
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.empty(), q.full(), q.qsize(), str(q))
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), q.qsize(), str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print(u.full(), u.qsize(), u.maxsize)
    print(sum(u.get_nowait() for _ in range(60)), u.qsize())
    await u.join() if u.qsize() == 0 else None
    print(str(asyncio.Queue(0)), str(asyncio.Queue(-1)))


asyncio.run(main())
