# Checks: a simulated chat server: clients publish through an Event-driven broadcast, per-client inboxes, a Condition-guarded history, orderly shutdown by cancellation
import asyncio


class Room:
    def __init__(self):
        self.inboxes = {}
        self.history = []
        self.cond = asyncio.Condition()

    def join(self, name):
        self.inboxes[name] = asyncio.Queue()

    async def say(self, name, text):
        async with self.cond:
            self.history.append(f"{name}: {text}")
            self.cond.notify_all()
        for other, box in sorted(self.inboxes.items()):
            if other != name:
                box.put_nowait((name, text))


async def client(room, name, lines, received):
    room.join(name)
    await asyncio.sleep(0)
    for line in lines:
        await room.say(name, line)
        await asyncio.sleep(0)
    try:
        while True:
            sender, text = await room.inboxes[name].get()
            received.append(f"{name} <- {sender}: {text}")
    except asyncio.CancelledError:
        received.append(f"{name} left")
        raise


async def watcher(room, count):
    async with room.cond:
        await room.cond.wait_for(lambda: len(room.history) >= count)
        return list(room.history)


async def main():
    room = Room()
    received = []
    w = asyncio.create_task(watcher(room, 5))
    clients = [
        asyncio.create_task(client(room, "ann", ["hi", "bye"], received)),
        asyncio.create_task(client(room, "bob", ["yo"], received)),
        asyncio.create_task(client(room, "cy", ["hey", "ok"], received)),
    ]
    history = await w
    print(history)
    for _ in range(5):
        await asyncio.sleep(0)
    for c in clients:
        c.cancel()
    await asyncio.gather(*clients, return_exceptions=True)
    for line in received:
        print(line)


asyncio.run(main())
