# Checks: a task cancelled before its first step never runs its body; cancelling during the same step it finishes; uncancel/cancelling counts
import asyncio

ran = []


async def body():
    ran.append("body")
    return 1


async def main():
    t = asyncio.create_task(body())
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", ran)

    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running after self-cancel")
        return "value"

    u = asyncio.create_task(self_cancel())
    try:
        print(await u)
    except asyncio.CancelledError:
        print("self-cancelled task is cancelled:", u.cancelled())

    async def counted():
        task = asyncio.current_task()
        task.cancel()
        task.cancel()
        print("cancelling:", task.cancelling())
        print("uncancel:", task.uncancel())
        print("uncancel:", task.uncancel())
        print("uncancel:", task.uncancel())
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("still cancelled at the next await")
        return "end"

    print(await asyncio.create_task(counted()))


asyncio.run(main())
