# Checks: call_soon runs callbacks FIFO with arguments, callbacks scheduled by callbacks run in the next iteration, cancelled handles do not run
import asyncio


def cb(tag, log, loop=None):
    log.append(tag)
    if loop is not None:
        loop.call_soon(cb, tag + "-child", log)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(cb, "a", log, loop)
    h = loop.call_soon(cb, "b", log)
    loop.call_soon(cb, "c", log, loop)
    print(type(h).__name__, h.cancelled())
    h.cancel()
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0)
    print(log)

    order = []

    async def task(name):
        order.append(name + "1")
        await asyncio.sleep(0)
        order.append(name + "2")

    loop.call_soon(order.append, "soon-before")
    t1 = asyncio.create_task(task("t1"))
    loop.call_soon(order.append, "soon-middle")
    t2 = asyncio.create_task(task("t2"))
    await asyncio.gather(t1, t2)
    print(order)


asyncio.run(main())
